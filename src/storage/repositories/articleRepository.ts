import { prepareArticle, type ArticleInput } from '../../core/articles/prepareArticle';
import type { Article } from '../../core/model/article';
import { ok, type Result } from '../../core/result';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { withoutUndefined } from '../../core/model/withoutUndefined';
import { readLibraryArticles, type ArticleSummary } from '../reads/readLibraryArticles';

// The article functions that have files of their own, importable from here
// with the rest.
export { deleteArticle, type DeletedArticle } from '../writes/deleteArticle';
export { restoreArticle } from '../writes/restoreArticle';
export { saveArticleText } from '../writes/saveArticleText';
export { searchArticleIds } from '../reads/searchArticleIds';
export type { ArticleSummary } from '../reads/readLibraryArticles';
export { updateArticleDetails, type ArticleDetails } from '../writes/updateArticleDetails';

/**
 * Validate a person's input and store it as a new article. Everything is
 * checked (and the text hashed) before the write, because awaiting anything
 * other than Dexie inside a transaction would let IndexedDB commit it early.
 */
export async function addArticle(
  db: QuotemarkDatabase,
  input: ArticleInput,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Result<Article>> {
  const prepared = await prepareArticle(input, { id: newId(), now });
  if (!prepared.ok) return prepared;
  const article = withoutUndefined(prepared.value);
  await db.articles.add(article);
  return ok(article);
}

/** The article with this id, or undefined when there is none. */
export function getArticle(db: QuotemarkDatabase, id: string): Promise<Article | undefined> {
  return db.articles.get(id);
}

/**
 * The article whose canonical text has this SHA-256 (see textSha256), to
 * recognise a text that is already in the library; undefined when none has.
 */
export function findArticleByTextSha256(db: QuotemarkDatabase, sha256: string): Promise<Article | undefined> {
  return db.articles.where('textSha256').equals(sha256).first();
}

/** Every article, newest first, with how many statements it has (see readLibraryArticles). */
export async function listArticleSummaries(db: QuotemarkDatabase): Promise<ArticleSummary[]> {
  return (await readLibraryArticles(db)).summaries;
}
