import type { Statement } from '../core/model/statement';
import { stanceEntryOf, type StanceEntry } from '../core/review/StanceEntry';

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
 * One row of the stance index: for each article whose id falls in this
 * shard, the stance entries of its statements that the stance views count,
 * packed (see packEntries). Kept by stanceIndexMiddleware in the same
 * transaction as every write to statements, so the Stances view reads 16
 * records instead of every statement of the library. An article with no
 * such statement has no key; a shard with no article has no row.
 */
export interface StanceIndexRecord {
  shard: number;
  articles: Record<string, string>;
}

/** The shard of an article: FNV-1a of its id, so the spread is even and stable. */
export function shardOf(articleId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < articleId.length; i++) hash = Math.imul(hash ^ articleId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % STANCE_INDEX_SHARDS;
}

type Packed = [id: string, speakerId: string, topicId: string, stance: StanceEntry['stance'], kind: StanceEntry['kind'], start: number, end: number];

/** One article's entries as one string: a single value is far cheaper to store and read than many. */
export function packEntries(entries: readonly StanceEntry[]): string {
  return JSON.stringify(entries.map((e): Packed => [e.id, e.speakerId, e.topicId, e.stance, e.kind, e.quote.start, e.quote.end]));
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

/** The whole stance index of these statements, built from scratch (the v3 upgrade, a cleared range). */
export function stanceIndexRecords(statements: Iterable<Statement>): StanceIndexRecord[] {
  const byArticle = new Map<string, StanceEntry[]>();
  for (const statement of statements) {
    const entry = stanceEntryOf(statement);
    if (!entry) continue;
    const entries = byArticle.get(entry.articleId);
    if (entries) entries.push(entry);
    else byArticle.set(entry.articleId, [entry]);
  }
  const rows = new Map<number, StanceIndexRecord>();
  for (const [articleId, entries] of byArticle) {
    const shard = shardOf(articleId);
    let row = rows.get(shard);
    if (!row) rows.set(shard, (row = { shard, articles: {} }));
    row.articles[articleId] = packEntries(entries);
  }
  return [...rows.values()];
}

/** What a write did to one article's statements, as the index sees it. */
export interface StanceIndexChange {
  /** Statements gone from the article, or written again (their new entry, if any, is in `put`). */
  removed: Set<string>;
  /** The new entry of each statement written that counts. */
  put: Map<string, StanceEntry>;
}

/** An article's entries after a change: the removed and rewritten ones replaced by the new. */
export function changedEntries(entries: readonly StanceEntry[], change: StanceIndexChange): StanceEntry[] {
  const kept = entries.filter((entry) => !change.removed.has(entry.id) && !change.put.has(entry.id));
  return [...kept, ...change.put.values()];
}
