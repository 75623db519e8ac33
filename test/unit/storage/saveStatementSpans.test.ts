import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Anchor } from '../../../src/core/model/anchor';
import type { Article } from '../../../src/core/model/article';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, HUA_QUOTE, librarySnapshot, mustSave, openTestDatabase } from './testDatabase';

const T2 = new Date('2026-04-02T09:00:00Z');

function anchorIn(article: Article, words: string): Anchor {
  const start = article.text.indexOf(words);
  const anchor = createAnchor(article.text, start, start + words.length);
  if (start === -1 || !anchor) throw new Error(`not in the article: ${words}`);
  return anchor;
}

async function withArticle() {
  const db = openTestDatabase();
  const article = await addValidArticle(db);
  return { db, article };
}

describe('saveStatement: cue and tags', () => {
  it('stores the cue and the tags, trimmed and each once', async () => {
    const { db, article } = await withArticle();
    const cue = anchorIn(article, 'said');
    const statement = await mustSave(
      db,
      draftFor(article, HUA_QUOTE, { cue, tags: [' visit ', 'Visit', '', 'Xinjiang'] }),
    );
    expect(statement).toMatchObject({ cue, tags: ['visit', 'Xinjiang'] });
    expect(await db.statements.get(statement.id)).toEqual(statement);
  });

  it('on an edit keeps the cue and tags left out, removes a null cue, and replaces given tags', async () => {
    const { db, article } = await withArticle();
    const cue = anchorIn(article, 'said');
    const original = await mustSave(db, draftFor(article, HUA_QUOTE, { cue, tags: ['visit'] }));
    const kept = await mustSave(db, { ...draftFor(article, HUA_QUOTE, { claim: 'c' }), id: original.id }, T2);
    expect(kept).toMatchObject({ cue, tags: ['visit'] });
    const cleared = await mustSave(
      db,
      { ...draftFor(article, HUA_QUOTE, { cue: null, tags: [] }), id: original.id },
      T2,
    );
    expect(cleared).not.toHaveProperty('cue');
    expect(cleared.tags).toEqual([]);
  });

  it('refuses a cue that does not match the article text, and writes nothing', async () => {
    const { db, article } = await withArticle();
    const before = await librarySnapshot(db);
    const cue = anchorIn(article, 'said');
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, {
        cue: { ...cue, start: cue.start + 1, end: cue.end + 1 },
        speaker: { newName: 'Hua' },
      }),
    );
    expect(saved).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^The cue does not match the article at characters \d+–\d+\. Select the cue in the article again\.$/,
      ),
    });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('refuses a tag longer than 100 characters, naming the field', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE, { tags: ['x'.repeat(101)] }));
    expect(saved).toMatchObject({
      ok: false,
      error: expect.stringMatching(/tags\.0: A tag can be at most 100 characters long\./),
    });
  });
});

describe('saveStatement: updating the span', () => {
  it('moves an existing statement to a new quote that matches the text', async () => {
    const { db, article } = await withArticle();
    const original = await mustSave(db, draftFor(article, HUA_QUOTE, { claim: 'Open' }));
    const quote = anchorIn(article, 'The door to Xinjiang is always open. We welcome all');
    const moved = await mustSave(
      db,
      { ...draftFor(article, HUA_QUOTE, { claim: 'Open' }), quote, id: original.id },
      T2,
    );
    expect(moved).toMatchObject({ id: original.id, quote, createdAt: original.createdAt, updatedAt: T2.toISOString() });
    expect(await db.statements.count()).toBe(1);
  });

  it('refuses a new quote that does not match the text', async () => {
    const { db, article } = await withArticle();
    const original = await mustSave(db, draftFor(article, HUA_QUOTE));
    const quote = anchorIn(article, 'absurdity');
    const saved = await saveStatement(db, {
      ...draftFor(article, HUA_QUOTE),
      quote: { ...quote, start: quote.start - 1, end: quote.end - 1 },
      id: original.id,
    });
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/quoted text does not match/) });
    expect(await db.statements.get(original.id)).toEqual(original);
  });

  it('lets an orphan be edited with its old quote, and re-attaches it with a new one', async () => {
    const { db, article } = await withArticle();
    const original = await mustSave(db, draftFor(article, HUA_QUOTE));
    const stale = { start: 0, end: 6, exact: 'vanish', prefix: '', suffix: '' };
    await db.statements.put({ ...original, quote: stale, orphanedAt: '2026-04-01T10:00:00.000Z' });
    const edited = await mustSave(
      db,
      { ...draftFor(article, HUA_QUOTE, { claim: 'Still lost' }), quote: stale, id: original.id },
      T2,
    );
    expect(edited).toMatchObject({ claim: 'Still lost', quote: stale, orphanedAt: '2026-04-01T10:00:00.000Z' });
    const attached = await mustSave(db, { ...draftFor(article, HUA_QUOTE), id: original.id }, T2);
    expect(attached).not.toHaveProperty('orphanedAt');
    expect(attached.quote).toEqual(original.quote);
  });
});
