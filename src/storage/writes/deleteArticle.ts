import type { Article } from '../../core/model/article';
import type { Statement } from '../../core/model/statement';
import { err, ok, type Result } from '../../core/result';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/** What deleting an article removed, kept so the deletion can be undone. */
export interface DeletedArticle {
  article: Article;
  statements: Statement[];
}

/**
 * Remove an article and all its statements in one transaction, returning
 * them for restoreArticle. Speakers and topics stay in their registries.
 */
export function deleteArticle(db: QuotemarkDatabase, articleId: string): Promise<Result<DeletedArticle>> {
  return db.transaction('rw', db.articles, db.statements, async (): Promise<Result<DeletedArticle>> => {
    const article = await db.articles.get(articleId);
    if (!article) return err('That article is not in the library any more.');
    const statements = await db.statements.where('articleId').equals(articleId).toArray();
    await db.statements.bulkDelete(statements.map((s) => s.id));
    await db.articles.delete(articleId);
    return ok({ article, statements });
  });
}
