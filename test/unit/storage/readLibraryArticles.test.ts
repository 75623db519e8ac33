import { describe, expect, it } from 'vitest';
import { readLibraryArticles } from '../../../src/storage/reads/readLibraryArticles';
import { readSearchableArticles } from '../../../src/storage/reads/readSearchableArticles';
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

const QUERIES = ['', '   ', 'bogota', 'BOGOTÁ', 'hua chunying', 'XINJIANG', 'said', '“calm”. crowds', 'no such words'];

describe('readLibraryArticles', () => {
  it('lists every article newest first, without its text', async () => {
    const { db, seed, beijing } = await library();
    const { summaries } = await readLibraryArticles(db);
    expect(summaries.map((s) => s.id)).toEqual([beijing.id, seed.id]);
    expect(summaries.every((s) => !('text' in s))).toBe(true);
  });

  it('searches in memory exactly as searchArticleIds searches storage', async () => {
    const { db } = await library();
    const search = await readSearchableArticles(db);
    for (const query of QUERIES) {
      const stored = await searchArticleIds(db, query);
      const inMemory = search.matching(query);
      if (query.trim() === '') expect(inMemory).toBeUndefined();
      else expect([...(inMemory ?? [])].sort()).toEqual([...stored].sort());
    }
  });

  it('keys its articles in slices when asked to stop after each, and searches whole after', async () => {
    const { db, beijing } = await library();
    const search = await readSearchableArticles(db);
    let slices = 0;
    while (!search.prepare(() => slices++ % 2 === 0)) expect(slices).toBeLessThan(10);
    expect(slices).toBeGreaterThan(2);
    expect(search.matching('crowds')).toEqual(new Set([beijing.id]));
  });
});
