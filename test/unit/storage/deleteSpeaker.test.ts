import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/storage/writes/applyChange';
import { deleteSpeaker } from '../../../src/storage/writes/deleteSpeaker';
import { readStanceRecords, stanceEntries } from '../../../src/storage/reads/readStanceRecords';
import { registryUsageOf } from '../../../src/storage/reads/registryUsageOf';
import { registryLibrary } from './registryCleanup';
import { librarySnapshot } from './testDatabase';

const LATER = new Date('2026-05-01T09:00:00Z');

describe('deleteSpeaker', () => {
  it('removes the speaker and leaves its statements, quotes and all, with no speaker', async () => {
    const { db, ids } = await registryLibrary();
    const before = await db.statements.get(ids.sasse);
    expect(await registryUsageOf(db, 'speakerId', 'sasse')).toEqual({ statements: 1, articles: 1 });

    const deleted = await deleteSpeaker(db, 'sasse', LATER);
    if (!deleted.ok) throw new Error(deleted.error);

    expect(deleted.value.usage).toEqual({ statements: 1, articles: 1 });
    expect(await db.speakers.get('sasse')).toBeUndefined();
    const after = await db.statements.get(ids.sasse);
    expect(after).toEqual({ ...before, speakerId: null, updatedAt: LATER.toISOString() });
    expect(await db.statements.count()).toBe(4);
    expect((await db.statements.get(ids.hua))?.speakerId).toBe('hua');
    // The stance index follows: no stance is counted for a speaker who is gone.
    expect(stanceEntries(await readStanceRecords(db)).find((s) => s.id === ids.sasse)?.speakerId ?? null).toBeNull();
  });

  it('is undone exactly by applyChange, and redone', async () => {
    const { db } = await registryLibrary();
    const start = await librarySnapshot(db);
    const deleted = await deleteSpeaker(db, 'hua', LATER);
    if (!deleted.ok) throw new Error(deleted.error);
    expect(deleted.value.usage).toEqual({ statements: 2, articles: 1 });
    const end = await librarySnapshot(db);
    expect(await applyChange(db, deleted.value.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(start);
    expect(await applyChange(db, deleted.value.change, 'redo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(end);
  });

  it('refuses, writing nothing, a speaker that is not in the registry', async () => {
    const { db } = await registryLibrary();
    const start = await librarySnapshot(db);
    expect(await deleteSpeaker(db, 'gone')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in the registry/),
    });
    expect(await librarySnapshot(db)).toEqual(start);
  });
});
