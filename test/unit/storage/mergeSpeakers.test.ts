import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/storage/writes/applyChange';
import { createSpeaker, mergeSpeakers } from '../../../src/storage/repositories/speakerRepository';
import type { SpeakerInput } from '../../../src/core/model/speakerInput';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import {
  addValidArticle,
  BLINKEN_QUOTE,
  draftFor,
  HUA_QUOTE,
  librarySnapshot,
  mustSave,
  openTestDatabase,
  SASSE_QUOTE,
  TREASURY_QUOTE,
} from './testDatabase';

const T1 = new Date('2026-04-01T09:00:00Z');
const T2 = new Date('2026-04-02T09:00:00Z');

async function mustCreate(db: QuotemarkDatabase, id: string, input: SpeakerInput) {
  const created = await createSpeaker(db, input, T1, () => id);
  if (!created.ok) throw new Error(created.error);
  return created.value.speaker;
}

async function setUp() {
  const db = openTestDatabase();
  const article = await addValidArticle(db);
  await mustCreate(db, 'target', {
    name: 'Antony Blinken',
    aliases: ['Blinken'],
    kind: 'person',
    role: 'Secretary of State',
  });
  await mustCreate(db, 'dup1', {
    name: 'Tony Blinken',
    aliases: ['ANTONY BLINKEN jr', 'blinken'],
    kind: 'person',
    role: 'Diplomat',
    affiliation: 'State Department',
  });
  await mustCreate(db, 'dup2', { name: 'Sec. Blinken', kind: 'person', notes: 'From the wire copy.' });
  await mustCreate(db, 'bystander', { name: 'Hua Chunying', kind: 'person' });
  const a = await mustSave(db, draftFor(article, BLINKEN_QUOTE, { speaker: { id: 'target' } }));
  const b = await mustSave(db, draftFor(article, SASSE_QUOTE, { speaker: { id: 'dup1' } }));
  const c = await mustSave(db, draftFor(article, TREASURY_QUOTE, { speaker: { id: 'dup2' } }));
  const d = await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { id: 'bystander' } }));
  return { db, ids: { a: a.id, b: b.id, c: c.id, d: d.id } };
}

describe('mergeSpeakers', () => {
  it('moves statements, folds names into aliases, fills blanks and deletes the others', async () => {
    const { db, ids } = await setUp();
    const merged = await mergeSpeakers(db, 'target', ['dup1', 'dup2'], T2);
    if (!merged.ok) throw new Error(merged.error);
    const { speaker, change } = merged.value;
    expect(speaker).toMatchObject({
      id: 'target',
      name: 'Antony Blinken',
      aliases: ['Blinken', 'Tony Blinken', 'ANTONY BLINKEN jr', 'Sec. Blinken'],
      role: 'Secretary of State',
      affiliation: 'State Department',
      notes: 'From the wire copy.',
      updatedAt: T2.toISOString(),
    });
    expect(await db.speakers.get('target')).toEqual(speaker);
    expect(await db.speakers.bulkGet(['dup1', 'dup2'])).toEqual([undefined, undefined]);
    const statements = await db.statements.bulkGet([ids.a, ids.b, ids.c, ids.d]);
    expect(statements.map((s) => s?.speakerId)).toEqual(['target', 'target', 'target', 'bystander']);
    expect(change.label).toBe('merge speakers');
    expect(Object.keys(change.before.statements ?? {}).sort()).toEqual([ids.b, ids.c].sort());
  });

  it('is undone exactly by applyChange, and redone', async () => {
    const { db } = await setUp();
    const before = await librarySnapshot(db);
    const merged = await mergeSpeakers(db, 'target', ['dup1', 'dup2'], T2);
    if (!merged.ok) throw new Error(merged.error);
    const after = await librarySnapshot(db);
    expect(await applyChange(db, merged.value.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(before);
    expect(await applyChange(db, merged.value.change, 'redo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(after);
  });

  it('refuses, writing nothing, when a speaker is missing or the target is among the others', async () => {
    const { db } = await setUp();
    const before = await librarySnapshot(db);
    expect(await mergeSpeakers(db, 'target', ['dup1', 'gone'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in the registry/),
    });
    expect(await mergeSpeakers(db, 'gone', ['dup1'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in the registry/),
    });
    expect(await mergeSpeakers(db, 'target', ['target'])).toMatchObject({ ok: false });
    expect(await mergeSpeakers(db, 'target', [])).toMatchObject({ ok: false });
    expect(await librarySnapshot(db)).toEqual(before);
  });
});
