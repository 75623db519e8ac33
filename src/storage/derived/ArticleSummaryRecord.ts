import type { Article } from '../../core/model/article';
import { withoutUndefined } from '../../core/model/withoutUndefined';
import { ShardRows } from './ShardRows';

/** The table name of the article summaries. */
export const ARTICLE_SUMMARIES = 'articleSummaries';

/** What the Library's list shows of an article and sorts it by: never its text. */
export interface ArticleListing {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  source?: string;
  author?: string;
  /** The team project it belongs to; absent for a local article. */
  projectId?: string;
}

/**
 * One row of the article summaries. For each article whose id falls in this
 * shard (spread as the stance index is: see shardOf), what the Library's
 * list shows of it, and how many statements it has. Kept by
 * derivedTablesMiddleware in the same transaction as every write to
 * articles or statements, so the Library reads 16 small rows instead of
 * every article with its text and a count over the statements of each.
 *
 * Listings and counts are kept apart: a write may give an article's
 * statements before the article (or delete the article before them), and
 * each side stays right on its own; the list shows the articles listed.
 */
export interface ArticleSummaryRecord {
  shard: number;
  /** By article id: every article of the shard. */
  articles: Record<string, ArticleListing>;
  /** By article id: how many statements name it (any status); no zero is kept. */
  counts: Record<string, number>;
}

/** What the Library's list keeps of an article. */
export function articleListingOf(article: Article): ArticleListing {
  const { id, title, createdAt, updatedAt, publishedAt, source, author, projectId } = article;
  return withoutUndefined({ id, title, createdAt, updatedAt, publishedAt, source, author, projectId });
}

/** The rows of these listings and counts, by shard; a shard with neither has no row. */
export function articleSummaryRows(
  listings: Iterable<ArticleListing>,
  counts: Iterable<[articleId: string, count: number]>,
): ArticleSummaryRecord[] {
  const shards = new ShardRows<ArticleSummaryRecord>((shard) => ({ shard, articles: {}, counts: {} }));
  for (const listing of listings) shards.rowOf(listing.id).articles[listing.id] = listing;
  for (const [articleId, count] of counts) if (count !== 0) shards.rowOf(articleId).counts[articleId] = count;
  return shards.rows();
}

/** How many statements name each article, by article id, from the article id of each statement. */
export function statementCountsByArticle(articleIds: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const articleId of articleIds) counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
  return counts;
}
