import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/storage/writes/applyChange';
import { deleteTopic } from '../../../src/storage/writes/deleteTopic';
import { readStanceRecords, stanceEntries } from '../../../src/storage/reads/readStanceRecords';
import { registryUsageOf } from '../../../src/storage/reads/registryUsageOf';
import { registryLibrary } from './registryCleanup';
import { librarySnapshot } from './testDatabase';

const LATER = new Date('2026-05-01T09:00:00Z');

describe('deleteTopic', () => {
  it('removes the topic; its statements keep quote and stance, with no topic', async () => {
    const { db, ids } = await registryLibrary();
    expect(await registryUsageOf(db, 'topicId', 'genocide')).toEqual({ statements: 2, articles: 1 });
    const before = await db.statements.get(ids.hua);

    const deleted = await deleteTopic(db, 'genocide', LATER);
    if (!deleted.ok) throw new Error(deleted.error);

    expect(deleted.value.usage).toEqual({ statements: 2, articles: 1 });
    expect(await db.topics.get('genocide')).toBeUndefined();
    const after = await db.statements.get(ids.hua);
    expect(after).not.toHaveProperty('topicId');
    const rest = Object.fromEntries(Object.entries(before ?? {}).filter(([key]) => key !== 'topicId'));
    expect(after).toEqual({ ...rest, updatedAt: LATER.toISOString() });
    expect(after?.stance).toBe('against');
    expect((await db.statements.get(ids.treasury))?.topicId).toBe('sanctions');
    // The stance index follows: nothing is counted on a topic that is gone.
    const index = await readStanceRecords(db);
    expect(stanceEntries(index).filter((s) => s.topicId === 'genocide')).toEqual([]);
  });

  it('is undone exactly by applyChange, and redone', async () => {
    const { db } = await registryLibrary();
    const start = await librarySnapshot(db);
    // Entries sorted by id: the index may hold them in another order.
    const indexEntries = async () =>
      stanceEntries(await readStanceRecords(db)).toSorted((a, b) => a.id.localeCompare(b.id));
    const indexStart = await indexEntries();
    const deleted = await deleteTopic(db, 'genocide', LATER);
    if (!deleted.ok) throw new Error(deleted.error);
    const end = await librarySnapshot(db);
    expect(await applyChange(db, deleted.value.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(start);
    expect(await indexEntries()).toEqual(indexStart);
    expect(await applyChange(db, deleted.value.change, 'redo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(end);
  });

  it('refuses, writing nothing, a topic that is not in the library', async () => {
    const { db } = await registryLibrary();
    const start = await librarySnapshot(db);
    expect(await deleteTopic(db, 'gone')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in the library/),
    });
    expect(await librarySnapshot(db)).toEqual(start);
  });
});
