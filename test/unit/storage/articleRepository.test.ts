import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/core/text/canonicalText';
import { textSha256 } from '../../../src/core/text/textSha256';
import {
  addArticle,
  findArticleByTextSha256,
  getArticle,
  listArticleSummaries,
} from '../../../src/storage/repositories/articleRepository';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  openTestDatabase,
  SAMPLE_INPUT,
  SASSE_QUOTE,
  sequentialIds,
} from './testDatabase';

describe('addArticle', () => {
  it('stores the article with canonical text, a hash and timestamps', async () => {
    const db = openTestDatabase();
    const now = new Date('2026-03-01T12:00:00Z');
    const added = await addArticle(db, { title: '  Title  ', text: 'One.\r\n\r\nTwo.' }, now, () => 'article-1');
    expect(added).toEqual({
      ok: true,
      value: expect.objectContaining({ id: 'article-1', title: 'Title', text: 'One.\n\nTwo.' }),
    });
    const stored = await getArticle(db, 'article-1');
    expect(stored).toMatchObject({ createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(stored?.textSha256).toMatch(/^[0-9a-f]{64}$/);
    // Optional fields that were not given are absent, not stored as undefined.
    expect(stored && Object.keys(stored)).not.toContain('source');
  });

  it('takes the seed article as scraped, storing its canonical text', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    expect(article.text).toBe(canonicalText(SAMPLE_INPUT.text));
    expect(await getArticle(db, article.id)).toEqual(article);
  });

  it.each([
    ['empty text', { title: 'T', text: '' }, /empty/],
    ['whitespace-only text', { title: 'T', text: ' \n\t\n ' }, /only whitespace/],
    ['an empty title', { title: '   ', text: 'Some text.' }, /title is empty/],
    ['a 10,000-character title', { title: 'x'.repeat(10_000), text: 'Some text.' }, /10,000 characters.*limit is 500/],
    ['a NUL byte in the text', { title: 'T', text: 'Some\u0000text' }, /NUL byte/],
    ['a NUL byte in the title', { title: 'T\u0000', text: 'Some text' }, /title contains a NUL byte/],
  ])('refuses %s and writes nothing', async (_, input, message) => {
    const db = openTestDatabase();
    const added = await addArticle(db, input);
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.error).toMatch(message);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('getArticle', () => {
  it('gives undefined for an unknown id', async () => {
    expect(await getArticle(openTestDatabase(), 'nope')).toBeUndefined();
  });
});

describe('listArticleSummaries', () => {
  it('is empty for an empty library', async () => {
    expect(await listArticleSummaries(openTestDatabase())).toEqual([]);
  });

  it('lists newest first and counts each article’s statements', async () => {
    const db = openTestDatabase();
    const older = await addValidArticle(db, SAMPLE_INPUT, new Date('2026-01-01T00:00:00Z'));
    const newer = await addValidArticle(
      db,
      { title: 'Later', text: 'Nothing quoted here.', author: 'Jane Doe' },
      new Date('2026-02-01T00:00:00Z'),
    );
    const ids = sequentialIds();
    for (const quote of [HUA_QUOTE, SASSE_QUOTE]) {
      const saved = await saveStatement(db, draftFor(older, quote), new Date(), ids);
      expect(saved.ok).toBe(true);
    }

    expect(await listArticleSummaries(db)).toEqual([
      {
        id: newer.id,
        title: 'Later',
        createdAt: '2026-02-01T00:00:00.000Z',
        updatedAt: '2026-02-01T00:00:00.000Z',
        author: 'Jane Doe',
        statementCount: 0,
      },
      {
        id: older.id,
        title: older.title,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        publishedAt: '2021-03-22',
        source: 'The Hill',
        statementCount: 2,
      },
    ]);
  });
});

describe('findArticleByTextSha256', () => {
  it('finds the article whose canonical text has the hash, and nothing for another', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await addValidArticle(db, { title: 'Other', text: 'Something else.' });
    expect(await findArticleByTextSha256(db, await textSha256(canonicalText(SAMPLE_INPUT.text)))).toEqual(article);
    expect(await findArticleByTextSha256(db, await textSha256('Not in the library.'))).toBeUndefined();
  });
});
