import { describe, expect, it } from 'vitest';
import { deleteArticle, restoreArticle } from '../../../src/storage/repositories/articleRepository';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  librarySnapshot,
  mustSave,
  openTestDatabase,
  SANCTIONS,
  SASSE_QUOTE,
  tableCounts,
} from './testDatabase';

/** Two articles, the first with two statements naming a speaker and a topic. */
async function library() {
  const db = openTestDatabase();
  const article = await addValidArticle(db);
  const other = await addValidArticle(db, { title: 'Other', text: 'He said “yes”.' });
  const statements = [
    await mustSave(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
    ),
    await mustSave(db, draftFor(article, SASSE_QUOTE)),
  ];
  const kept = await mustSave(db, draftFor(other, 'yes'));
  return { db, article, other, statements, kept };
}

describe('deleteArticle', () => {
  it('removes the article and its statements, returning them, and keeps the rest', async () => {
    const { db, article, other, statements, kept } = await library();
    const deleted = await deleteArticle(db, article.id);
    expect(deleted.ok).toBe(true);
    if (!deleted.ok) return;
    expect(deleted.value.article).toEqual(article);
    expect(deleted.value.statements.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    expect(await db.articles.toArray()).toEqual([other]);
    expect(await db.statements.toArray()).toEqual([kept]);
    expect(await tableCounts(db)).toEqual({ speakers: 1, topics: 1, statements: 1 });
  });

  it('reports an article that is not there', async () => {
    const { db } = await library();
    expect(await deleteArticle(db, 'missing')).toEqual({
      ok: false,
      error: 'That article is not in the library any more.',
    });
  });

  it('deletes in one transaction: a failing article delete keeps its statements', async () => {
    const { db, article } = await library();
    const before = await librarySnapshot(db);
    db.articles.hook('deleting', () => {
      throw new Error('disk full');
    });
    await expect(deleteArticle(db, article.id)).rejects.toThrow();
    expect(await librarySnapshot(db)).toEqual(before);
  });
});

describe('restoreArticle', () => {
  it('puts back exactly what was deleted', async () => {
    const { db, article } = await library();
    const before = await librarySnapshot(db);
    const deleted = await deleteArticle(db, article.id);
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await restoreArticle(db, deleted.value)).toEqual({ ok: true, value: undefined });
    const after = await librarySnapshot(db);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect({ ...after, statements: [...(after.statements as { id: string }[])].sort(byId) }).toEqual({
      ...before,
      statements: [...(before.statements as { id: string }[])].sort(byId),
    });
  });

  it('refuses when the article is back already, writing nothing', async () => {
    const { db, article } = await library();
    const deleted = await deleteArticle(db, article.id);
    if (!deleted.ok) throw new Error(deleted.error);
    await db.articles.add(article);
    const before = await librarySnapshot(db);
    const result = await restoreArticle(db, deleted.value);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/same id is in the library again/) });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('refuses when a speaker the statements name was deleted since, writing nothing', async () => {
    const { db, article } = await library();
    const deleted = await deleteArticle(db, article.id);
    if (!deleted.ok) throw new Error(deleted.error);
    await db.speakers.clear();
    const before = await librarySnapshot(db);
    const result = await restoreArticle(db, deleted.value);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/speaker or topic .* deleted since/) });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('refuses records that are not valid or do not belong together', async () => {
    const { db, article } = await library();
    const deleted = await deleteArticle(db, article.id);
    if (!deleted.ok) throw new Error(deleted.error);
    const { statements } = deleted.value;
    const foreign = { ...deleted.value, statements: statements.map((s) => ({ ...s, articleId: 'elsewhere' })) };
    expect(await restoreArticle(db, foreign)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/another article/),
    });
    const broken = { ...deleted.value, article: { ...deleted.value.article, textSha256: 'nope' } };
    expect(await restoreArticle(db, broken)).toMatchObject({ ok: false, error: expect.stringMatching(/textSha256/) });
    expect(await db.articles.get(article.id)).toBeUndefined();
  });

  it('restores in one transaction: a failing statement write leaves the article out too', async () => {
    const { db, article } = await library();
    const deleted = await deleteArticle(db, article.id);
    if (!deleted.ok) throw new Error(deleted.error);
    const before = await librarySnapshot(db);
    db.statements.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(restoreArticle(db, deleted.value)).rejects.toThrow();
    expect(await librarySnapshot(db)).toEqual(before);
  });
});
