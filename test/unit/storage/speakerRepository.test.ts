import { describe, expect, it } from 'vitest';
import { listSpeakers, listSpeakerSummaries } from '../../../src/storage/repositories/speakerRepository';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, HUA_QUOTE, openTestDatabase, SASSE_QUOTE } from './testDatabase';

const STAMP = '2026-01-01T00:00:00.000Z';
const speaker = (id: string, name: string) => ({
  id,
  name,
  aliases: [],
  kind: 'person' as const,
  createdAt: STAMP,
  updatedAt: STAMP,
});

describe('listSpeakers', () => {
  it('sorts by name as a person reads it, not by code unit', async () => {
    const db = openTestDatabase();
    await db.speakers.bulkAdd([
      speaker('1', 'Zuma'),
      speaker('2', 'de Klerk'),
      speaker('3', 'Émile'),
      speaker('4', 'Ben Sasse'),
    ]);
    expect((await listSpeakers(db)).map((s) => s.name)).toEqual(['Ben Sasse', 'de Klerk', 'Émile', 'Zuma']);
  });
});

describe('listSpeakerSummaries', () => {
  it('counts confirmed statements and distinct articles per speaker, zero for the silent, never a pending suggestion', async () => {
    const db = openTestDatabase();
    const first = await addValidArticle(db);
    const second = await addValidArticle(db, {
      title: 'Follow-up',
      text: 'Hua said: “The door to Xinjiang is always open.”',
    });
    await db.speakers.bulkAdd([
      speaker('hua', 'Hua Chunying'),
      speaker('sasse', 'Ben Sasse'),
      speaker('quiet', 'Anonymous official'),
    ]);
    const drafts = [
      draftFor(first, HUA_QUOTE, { speaker: { id: 'hua' } }),
      draftFor(first, 'lies and rumors', { speaker: { id: 'hua' } }),
      draftFor(second, HUA_QUOTE, { speaker: { id: 'hua' } }),
      draftFor(first, SASSE_QUOTE, { speaker: { id: 'sasse' } }),
      draftFor(first, 'absurdity,'),
    ];
    for (const draft of drafts) expect((await saveStatement(db, draft)).ok).toBe(true);
    // A pending suggestion counts for nobody until it is accepted.
    const saved = await saveStatement(db, draftFor(second, 'always open', { speaker: { id: 'sasse' } }));
    if (!saved.ok) throw new Error('the suggestion was not saved');
    await db.statements.update(saved.value.statement.id, { status: 'pending', origin: 'suggested' });

    const summaries = await listSpeakerSummaries(db);
    expect(
      summaries.map(({ speaker: s, statementCount, articleCount }) => [s.id, statementCount, articleCount]),
    ).toEqual([
      ['quiet', 0, 0],
      ['sasse', 1, 1],
      ['hua', 3, 2],
    ]);
  });
});
