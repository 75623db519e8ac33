import type { ArticleInfo, StanceEntry } from '../../core/review/StanceEntry';
import { packEntries, shardOf, unpackEntries, type StanceIndexRecord } from './StanceIndexRecord';

/** What a write did to one article's statements, as the index sees it. */
export interface EntryChange {
  /** Statements gone from the article, or written again (their new entry, if any, is in `put`). */
  removed: Set<string>;
  /** The new entry of each statement written that counts. */
  put: Map<string, StanceEntry>;
}

/** What one write changes in the stance index, by article id. */
export class StanceIndexChanges {
  readonly entries = new Map<string, EntryChange>();
  /** The article's new info; null when it was deleted. */
  readonly articles = new Map<string, ArticleInfo | null>();
  /** Whole replacements after a cleared range: by article id, packed; articles not listed have none. */
  allEntries: Map<string, string> | undefined;
  allArticles: Map<string, ArticleInfo> | undefined;

  entryChange(articleId: string): EntryChange {
    let change = this.entries.get(articleId);
    if (!change) this.entries.set(articleId, (change = { removed: new Set(), put: new Map() }));
    return change;
  }

  /** The shards these changes touch (every shard when a whole table is replaced). */
  shards(all: readonly number[]): number[] {
    if (this.allEntries || this.allArticles) return [...all];
    return [...new Set([...this.entries.keys(), ...this.articles.keys()].map(shardOf))];
  }

  /** A shard's row after the changes; null when nothing is left in it. */
  apply(shard: number, row: StanceIndexRecord | undefined): StanceIndexRecord | null {
    const entries = this.allEntries ? inShard(this.allEntries, shard) : new Map(Object.entries(row?.entries ?? {}));
    const articles = this.allArticles ? inShard(this.allArticles, shard) : new Map(Object.entries(row?.articles ?? {}));
    for (const [articleId, change] of this.entries) {
      if (shardOf(articleId) !== shard) continue;
      const before = entries.get(articleId);
      const kept = (before === undefined ? [] : unpackEntries(articleId, before)).filter(
        (e) => !change.removed.has(e.id) && !change.put.has(e.id),
      );
      const after = [...kept, ...change.put.values()];
      if (after.length > 0) entries.set(articleId, packEntries(after));
      else entries.delete(articleId);
    }
    for (const [articleId, info] of this.articles) {
      if (shardOf(articleId) !== shard) continue;
      if (info) articles.set(articleId, info);
      else articles.delete(articleId);
    }
    if (entries.size === 0 && articles.size === 0) return null;
    return { shard, entries: Object.fromEntries(entries), articles: Object.fromEntries(articles) };
  }
}

function inShard<T>(byArticle: Map<string, T>, shard: number): Map<string, T> {
  return new Map([...byArticle].filter(([articleId]) => shardOf(articleId) === shard));
}
