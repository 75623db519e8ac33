import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { ArticleSearchIndex } from './ArticleSearchIndex';

/**
 * The Library's search over every article's title and text (see
 * ArticleSearchIndex), read whole in one getAll: the texts are what a search
 * needs and the list does not, so the Library reads them after its rows are
 * shown (see useLibrarySearch).
 */
export async function readSearchableArticles(db: QuotemarkDatabase): Promise<ArticleSearchIndex> {
  const articles = await db.articles.toArray();
  return new ArticleSearchIndex(articles.map(({ id, title, text }) => ({ id, title, text })));
}
