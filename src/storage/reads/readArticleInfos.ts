import type { ArticleInfo } from '../../core/review/StanceEntry';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { shardOf } from '../derived/StanceIndexRecord';

/**
 * What the views show of these articles (title and dates, never the text),
 * from the stance index, which keeps that of every article: only the rows of
 * the articles' shards are read. Ids of no article are left out. Run it
 * inside a read transaction over stanceIndex.
 */
export async function readArticleInfos(db: QuotemarkDatabase, articleIds: Iterable<string>): Promise<ArticleInfo[]> {
  const ids = new Set(articleIds);
  if (ids.size === 0) return [];
  const rows = await db.stanceIndex.bulkGet([...new Set([...ids].map(shardOf))]);
  return rows.flatMap((row) => (row ? Object.values(row.articles).filter((article) => ids.has(article.id)) : []));
}
