import { prepareArticle, type ArticleInput } from '../../core/articles/prepareArticle';
import type { Article } from '../../core/model/article';
import { ok, type Result } from '../../core/result';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { withoutUndefined } from '../../core/model/withoutUndefined';

// The article functions that have files of their own, importable from here
// with the rest.
export { deleteArticle, type DeletedArticle } from '../writes/deleteArticle';
export { restoreArticle } from '../writes/restoreArticle';
export { saveArticleText } from '../writes/saveArticleText';
export { searchArticleIds } from '../reads/searchArticleIds';
export { updateArticleDetails, type ArticleDetails } from '../writes/updateArticleDetails';

/** One row of the library list: what it shows without the article text. */
export interface ArticleSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  source?: string;
  author?: string;
  /** The team project it belongs to; absent for a local article. */
  projectId?: string;
  statementCount: number;
}

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

/**
 * Every article, newest first, with how many statements it has. Counts come
 * from the articleId index, so statement records are never loaded; one read
 * transaction keeps the list and its counts consistent with each other.
 */
export function listArticleSummaries(db: QuotemarkDatabase): Promise<ArticleSummary[]> {
  return db.transaction('r', db.articles, db.statements, async () => {
    const articles = await db.articles.orderBy('createdAt').reverse().toArray();
    const counts = await Promise.all(
      articles.map((article) => db.statements.where('articleId').equals(article.id).count()),
    );
    return articles.map((article, i) =>
      withoutUndefined({
        id: article.id,
        title: article.title,
        createdAt: article.createdAt,
        updatedAt: article.updatedAt,
        publishedAt: article.publishedAt,
        source: article.source,
        author: article.author,
        projectId: article.projectId,
        statementCount: counts[i] ?? 0,
      }),
    );
  });
}
