import { describe, expect, it } from 'vitest';
import { updateArticleDetails } from '../../../src/storage/repositories/articleRepository';
import { addValidArticle, librarySnapshot, openTestDatabase } from './testDatabase';

const NOW = new Date('2026-05-01T12:00:00Z');

async function withArticle() {
  const db = openTestDatabase();
  const article = await addValidArticle(db, {
    title: 'Old title',
    text: 'Some text.',
    source: 'The Hill',
    url: 'https://thehill.com/a',
    publishedAt: '2021-03-22',
  });
  return { db, article };
}

describe('updateArticleDetails', () => {
  it('sets the fields given, trimmed, and bumps updatedAt', async () => {
    const { db, article } = await withArticle();
    const result = await updateArticleDetails(
      db,
      article.id,
      {
        title: '  New title ',
        source: 'Reuters',
        url: 'http://example.org/x?y=1',
        publishedAt: '2021-03-23T10:00:00Z',
        author: ' Jane Doe ',
      },
      NOW,
    );
    const stored = await db.articles.get(article.id);
    expect(stored).toEqual({
      ...article,
      title: 'New title',
      source: 'Reuters',
      url: 'http://example.org/x?y=1',
      publishedAt: '2021-03-23T10:00:00Z',
      author: 'Jane Doe',
      updatedAt: NOW.toISOString(),
    });
    expect(result).toEqual({ ok: true, value: stored });
  });

  it('clears fields given as empty and keeps fields left out', async () => {
    const { db, article } = await withArticle();
    await updateArticleDetails(db, article.id, { title: 'T', source: '', url: '  ', author: '' }, NOW);
    const stored = await db.articles.get(article.id);
    expect(stored && Object.keys(stored)).not.toContain('source');
    expect(stored && Object.keys(stored)).not.toContain('url');
    expect(stored && Object.keys(stored)).not.toContain('author');
    expect(stored?.publishedAt).toBe('2021-03-22');
    expect(stored?.text).toBe(article.text);
  });

  it.each([
    ['an empty title', { title: '  ' }, /title is empty/],
    ['a 501-character title', { title: 'x'.repeat(501) }, /title is 501 characters long; the limit is 500/],
    ['a 501-character source', { title: 'T', source: 's'.repeat(501) }, /source is 501 characters/],
    ['a URL that is not one', { title: 'T', url: 'not a url' }, /“not a url” is not a web address/],
    ['a URL of another scheme', { title: 'T', url: 'javascript:alert(1)' }, /not a web address/],
    ['a date in another format', { title: 'T', publishedAt: '22/03/2021' }, /“22\/03\/2021” is not a date.*YYYY-MM-DD/],
    ['a day that does not exist', { title: 'T', publishedAt: '2021-02-30' }, /is not a date/],
  ])('refuses %s and writes nothing', async (_, details, message) => {
    const { db, article } = await withArticle();
    const before = await librarySnapshot(db);
    const result = await updateArticleDetails(db, article.id, details, NOW);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('reports an article that is not there', async () => {
    const { db } = await withArticle();
    expect(await updateArticleDetails(db, 'missing', { title: 'T' })).toEqual({
      ok: false,
      error: 'That article is not in the library any more.',
    });
  });
});
