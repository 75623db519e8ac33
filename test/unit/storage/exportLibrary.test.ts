import { describe, expect, it } from 'vitest';
import { APP_INFO } from '../../../src/core/exchange/appInfo';
import { EnvelopeSchema } from '../../../src/core/model/envelope';
import { exportLibrary } from '../../../src/storage/exchange/exportLibrary';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, HUA_QUOTE, openTestDatabase, SASSE_QUOTE } from './testDatabase';

describe('exportLibrary', () => {
  it('exports an empty library as a valid envelope', async () => {
    const envelope = await exportLibrary(openTestDatabase(), new Date('2026-05-01T00:00:00Z'));
    expect(envelope).toEqual({
      format: 'quotemark',
      version: 1,
      exportedAt: '2026-05-01T00:00:00.000Z',
      app: { ...APP_INFO },
      articles: [],
      speakers: [],
      topics: [],
      statements: [],
    });
    expect(EnvelopeSchema.safeParse(envelope).success).toBe(true);
  });

  it('exports every record, and the envelope survives JSON and validation unchanged', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    for (const draft of [
      draftFor(article, HUA_QUOTE, {
        speaker: { newName: 'Hua Chunying' },
        roleAtTime: 'Spokesperson',
        topic: { newLabel: 'Xinjiang' },
        stance: 'against',
      }),
      draftFor(article, SASSE_QUOTE, {
        speaker: { newName: 'Ben Sasse' },
        topic: { newLabel: 'xinjiang' },
        stance: 'favor',
        claim: 'Xi is guilty.',
      }),
    ]) {
      expect((await saveStatement(db, draft)).ok).toBe(true);
    }

    const envelope = await exportLibrary(db);
    expect([
      envelope.articles.length,
      envelope.speakers.length,
      envelope.topics.length,
      envelope.statements.length,
    ]).toEqual([1, 2, 1, 2]);
    expect(envelope.articles[0]).toEqual(article);

    const reparsed = EnvelopeSchema.safeParse(JSON.parse(JSON.stringify(envelope)));
    expect(reparsed.error).toBeUndefined();
    expect(reparsed.data).toEqual(envelope);
  });
});
