import { describe, expect, it } from 'vitest';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, HUA_QUOTE, openTestDatabase, SANCTIONS, tableCounts } from './testDatabase';

const T1 = new Date('2026-04-01T09:00:00Z');

describe('saveStatement: refusals write nothing', () => {
  it('refuses a quote that does not match the article text', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const draft = draftFor(article, HUA_QUOTE, {
      speaker: { newName: 'Hua Chunying' },
      topic: { newLabel: SANCTIONS },
    });
    const shifted = { ...draft, quote: { ...draft.quote, start: draft.quote.start + 1, end: draft.quote.end + 1 } };
    const saved = await saveStatement(db, shifted);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toMatch(/quoted text does not match the article at characters \d+–\d+/);
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it('refuses a draft for an article that is not in the library', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const saved = await saveStatement(db, {
      ...draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua' } }),
      articleId: 'missing',
    });
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/article .* not in the library/) });
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it.each([
    [
      'an anchor ending before it starts',
      (d: StatementDraft) => ({ ...d, quote: { ...d.quote, end: d.quote.start } }),
      /quote\.end/,
    ],
    ['an unknown kind', (d: StatementDraft) => ({ ...d, kind: 'rumour' as 'direct' }), /: kind:/],
    ['an empty speaker name', (d: StatementDraft) => ({ ...d, speaker: { newName: '   ' } }), /speaker/],
  ])('refuses %s, naming the field', async (_, spoil, message) => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const saved = await saveStatement(db, spoil(draftFor(article, HUA_QUOTE)));
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it('refuses an unknown speaker id', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { id: 'nobody' }, topic: { newLabel: SANCTIONS } }),
    );
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/speaker is no longer in the registry/) });
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it('rolls back a new speaker when the topic is then refused', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { id: 'no-such-topic' } }),
    );
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/topic no longer exists/) });
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it('rolls back the new speaker and topic when the final statement fails validation', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    // Speaker and topic get good ids; the statement gets an empty one, which
    // only the last check (StatementSchema) catches, after both were added.
    const ids = ['speaker-1', 'topic-1', ''];
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
      T1,
      () => ids.shift() ?? 'spare',
    );
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/^The statement could not be saved: id:/) });
    expect(ids).toEqual([]);
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it('rolls back everything when an unexpected error is thrown mid-transaction, and lets it through', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    let calls = 0;
    const failingOnThird = () => {
      calls += 1;
      if (calls === 3) throw new Error('id source broke');
      return `id-${calls}`;
    };
    const draft = draftFor(article, HUA_QUOTE, {
      speaker: { newName: 'Hua Chunying' },
      topic: { newLabel: SANCTIONS },
    });
    await expect(saveStatement(db, draft, T1, failingOnThird)).rejects.toThrow('id source broke');
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });
});
