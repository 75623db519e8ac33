import { searchKey } from '../../core/text/searchKey';
import { articleMatches } from './ArticleSearchIndex';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/**
 * Ids of the articles whose title or text contains `query`, ignoring case,
 * diacritics and differences in spacing (a query may run across a line or
 * paragraph break), newest first. An empty query matches every article.
 */
export async function searchArticleIds(db: QuotemarkDatabase, query: string): Promise<string[]> {
  const key = searchKey(query);
  const newestFirst = db.articles.orderBy('createdAt').reverse();
  if (key === '') return newestFirst.primaryKeys();
  const matches: string[] = [];
  // One article at a time: the texts of a whole library need not sit in
  // memory together.
  await newestFirst.each((article) => {
    if (articleMatches(key, article)) matches.push(article.id);
  });
  return matches;
}
