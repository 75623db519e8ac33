import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/storage/writes/applyChange';
import { listTopicSummaries } from '../../../src/storage/repositories/listTopicSummaries';
import { mergeTopics } from '../../../src/storage/writes/mergeTopics';
import { GENOCIDE, JUNK, registryLibrary } from './registryCleanup';
import { librarySnapshot, SANCTIONS } from './testDatabase';

const LATER = new Date('2026-05-01T09:00:00Z');

describe('mergeTopics', () => {
  it('moves the statements with their stances to the kept topic and deletes the others', async () => {
    const { db, ids } = await registryLibrary();
    const merged = await mergeTopics(db, 'sanctions', ['junk', 'genocide'], LATER);
    if (!merged.ok) throw new Error(merged.error);

    expect(merged.value.moved).toBe(3);
    // The kept topic had no description: it takes the merged one's.
    expect(merged.value.topic).toEqual({ id: 'sanctions', label: SANCTIONS, description: 'Typed by mistake.' });
    expect(await db.topics.toArray()).toEqual([merged.value.topic]);
    const statements = await db.statements.bulkGet([ids.sasse, ids.hua, ids.blinken, ids.treasury]);
    expect(statements.map((s) => [s?.topicId, s?.stance])).toEqual([
      ['sanctions', 'favor'],
      ['sanctions', 'against'],
      ['sanctions', 'favor'],
      ['sanctions', 'favor'],
    ]);
    expect(merged.value.change.label).toBe('merge topics');
  });

  it('is undone exactly by applyChange, and redone', async () => {
    const { db } = await registryLibrary();
    const start = await librarySnapshot(db);
    const merged = await mergeTopics(db, 'genocide', ['junk'], LATER);
    if (!merged.ok) throw new Error(merged.error);
    const end = await librarySnapshot(db);
    expect((await listTopicSummaries(db)).map((t) => [t.topic.label, t.statementCount])).toEqual([
      [GENOCIDE, 3],
      [SANCTIONS, 1],
    ]);
    expect(await applyChange(db, merged.value.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(start);
    expect((await listTopicSummaries(db)).map((t) => [t.topic.label, t.statementCount])).toEqual([
      [GENOCIDE, 2],
      [SANCTIONS, 1],
      [JUNK, 1],
    ]);
    expect(await applyChange(db, merged.value.change, 'redo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(end);
  });

  it('refuses, writing nothing, a missing topic or a target among the others', async () => {
    const { db } = await registryLibrary();
    const start = await librarySnapshot(db);
    expect(await mergeTopics(db, 'sanctions', ['junk', 'gone'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in the library/),
    });
    expect(await mergeTopics(db, 'gone', ['junk'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in the library/),
    });
    expect(await mergeTopics(db, 'sanctions', ['sanctions'])).toMatchObject({ ok: false });
    expect(await mergeTopics(db, 'sanctions', [])).toMatchObject({ ok: false });
    expect(await librarySnapshot(db)).toEqual(start);
  });
});

describe('listTopicSummaries', () => {
  it('counts as the Speakers list does: a pending suggestion on a topic is not counted', async () => {
    const { db, ids } = await registryLibrary();
    const before = new Map((await listTopicSummaries(db)).map((t) => [t.topic.id, t.statementCount]));
    const statement = await db.statements.get(ids.hua);
    if (!statement?.topicId) throw new Error('fixture: Hua has a topic');
    await db.statements.put({ ...statement, status: 'pending', origin: 'suggested' });
    const after = new Map((await listTopicSummaries(db)).map((t) => [t.topic.id, t.statementCount]));
    expect(after.get(statement.topicId)).toBe((before.get(statement.topicId) ?? 0) - 1);
  });
});
