import type { Article } from '../../core/model/article';
import type { Statement } from '../../core/model/statement';
import type { StanceColumnsBuilder } from '../../core/review/StanceColumns';
import { stanceEntryOf, type ArticleInfo, type StanceEntry } from '../../core/review/StanceEntry';
import { ShardRows } from './ShardRows';
import { fnv1a } from '../../core/text/fnv1a';

/** The table name of the stance index. */
export const STANCE_INDEX = 'stanceIndex';

/**
 * How many rows the stance index is spread over. Chromium's IndexedDB pays
 * per record read far more than per byte (200 records of 13 kB: ~150 ms;
 * 8 of 330 kB: ~35 ms), and each write rewrites one row, so a few rows
 * keep both the Stances view's read and every save's update small.
 */
export const STANCE_INDEX_SHARDS = 16;

/**
 * One row of the stance index. For each article whose id falls in this
 * shard: what the stance views show of the article (never its text), and
 * the stance entries of its statements they count, packed (see
 * packEntries). Kept by derivedTablesMiddleware in the same transaction as
 * every write to articles or statements, so the Stances view reads 16
 * records instead of every article and statement of the library.
 */
export interface StanceIndexRecord {
  shard: number;
  /** By article id; an article with no counted statement has no key. */
  entries: Record<string, string>;
  /** By article id: every article of the shard. */
  articles: Record<string, ArticleInfo>;
}

/** The shard of an article: FNV-1a of its id, so the spread is even and stable. */
export function shardOf(articleId: string): number {
  return fnv1a(articleId) % STANCE_INDEX_SHARDS;
}

/** What the stance views keep of an article. */
export function articleInfoOf({ id, title, publishedAt, createdAt }: Article): ArticleInfo {
  return publishedAt === undefined ? { id, title, createdAt } : { id, title, publishedAt, createdAt };
}

type Packed = [
  id: string,
  speakerId: string,
  topicId: string,
  stance: StanceEntry['stance'],
  kind: StanceEntry['kind'],
  start: number,
  end: number,
];

/** One article's entries as one string: a single value is far cheaper to store and read than many. */
export function packEntries(entries: readonly StanceEntry[]): string {
  return JSON.stringify(
    entries.map((e): Packed => [e.id, e.speakerId, e.topicId, e.stance, e.kind, e.quote.start, e.quote.end]),
  );
}

/** The entries packEntries packed, for the article they belong to. */
export function unpackEntries(articleId: string, packed: string): StanceEntry[] {
  return (JSON.parse(packed) as Packed[]).map(([id, speakerId, topicId, stance, kind, start, end]) => ({
    id,
    articleId,
    speakerId,
    topicId,
    stance,
    kind,
    status: 'confirmed',
    quote: { start, end },
  }));
}

/**
 * Adds the entries packEntries packed, for the article they belong to, to
 * columns (see StanceColumns) without making an object of each: what the
 * Stances view reads the index with.
 */
export function addPackedEntries(columns: StanceColumnsBuilder, articleId: string, packed: string): void {
  for (const [id, speakerId, topicId, stance, kind, start, end] of JSON.parse(packed) as Packed[])
    columns.add(id, articleId, speakerId, topicId, stance, kind, start, end);
}

/** Each article's stance entries, packed, by article id. */
export function packedEntriesByArticle(statements: Iterable<Statement>): Map<string, string> {
  const byArticle = new Map<string, StanceEntry[]>();
  for (const statement of statements) {
    const entry = stanceEntryOf(statement);
    if (!entry) continue;
    const entries = byArticle.get(entry.articleId);
    if (entries) entries.push(entry);
    else byArticle.set(entry.articleId, [entry]);
  }
  return new Map([...byArticle].map(([articleId, entries]) => [articleId, packEntries(entries)]));
}

/** The whole stance index of these articles and statements, built from scratch (the v3 upgrade). */
export function stanceIndexRecords(articles: Iterable<Article>, statements: Iterable<Statement>): StanceIndexRecord[] {
  const shards = new ShardRows<StanceIndexRecord>((shard) => ({ shard, entries: {}, articles: {} }));
  for (const article of articles) shards.rowOf(article.id).articles[article.id] = articleInfoOf(article);
  for (const [articleId, packed] of packedEntriesByArticle(statements))
    shards.rowOf(articleId).entries[articleId] = packed;
  return shards.rows();
}
