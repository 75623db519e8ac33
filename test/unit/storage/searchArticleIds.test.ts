import { describe, expect, it } from 'vitest';
import { searchArticleIds } from '../../../src/storage/repositories/articleRepository';
import { addValidArticle, openTestDatabase } from './testDatabase';

async function library() {
  const db = openTestDatabase();
  const seed = await addValidArticle(db, undefined, new Date('2026-01-01T00:00:00Z'));
  const beijing = await addValidArticle(
    db,
    { title: 'Protests in Bogotá', text: 'The mayor said “calm”.\n\nCrowds gathered in Beijing.' },
    new Date('2026-02-01T00:00:00Z'),
  );
  return { db, seed, beijing };
}

describe('searchArticleIds', () => {
  it('gives every article, newest first, for an empty query', async () => {
    const { db, seed, beijing } = await library();
    expect(await searchArticleIds(db, '')).toEqual([beijing.id, seed.id]);
    expect(await searchArticleIds(db, '   ')).toEqual([beijing.id, seed.id]);
  });

  it('finds the query in titles and texts, ignoring case and diacritics', async () => {
    const { db, seed, beijing } = await library();
    expect(await searchArticleIds(db, 'bogota')).toEqual([beijing.id]);
    expect(await searchArticleIds(db, 'BOGOTÁ')).toEqual([beijing.id]);
    expect(await searchArticleIds(db, 'hua chunying')).toEqual([seed.id]);
    expect(await searchArticleIds(db, 'XINJIANG')).toEqual([seed.id]);
    expect(await searchArticleIds(db, 'said')).toEqual([beijing.id, seed.id]);
    expect(await searchArticleIds(db, 'no such words')).toEqual([]);
  });

  it('matches across a paragraph break', async () => {
    const { db, beijing } = await library();
    expect(await searchArticleIds(db, '“calm”. crowds')).toEqual([beijing.id]);
  });
});
