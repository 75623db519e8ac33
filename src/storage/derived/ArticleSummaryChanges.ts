import { shardOf } from './StanceIndexRecord';
import { statementCountsByArticle, type ArticleListing, type ArticleSummaryRecord } from './ArticleSummaryRecord';

/** What one write to articles or statements changes in the article summaries. */
export class ArticleSummaryChanges {
  /** By article id: its new listing; null when it was deleted. */
  readonly listings = new Map<string, ArticleListing | null>();
  /** By article id: how many statements to add to its count (negative take away). */
  readonly counts = new Map<string, number>();
  /** After a cleared range of articles: every article left. */
  allListings: ArticleListing[] | undefined;
  /** After a cleared range of statements: every statement left, to count again. */
  allStatements: { articleId: string }[] | undefined;
  private allCounts: Map<string, number> | undefined;

  /** Count a statement in (a version written) or out (the version it replaces or deletes). */
  count(articleId: string, by: 1 | -1): void {
    this.counts.set(articleId, (this.counts.get(articleId) ?? 0) + by);
  }

  /** The shards these changes touch: none for a statement edit that stays in its article, every one when a table is replaced. */
  shards(all: readonly number[]): number[] {
    if (this.allListings || this.allStatements) return [...all];
    const moved = [...this.counts].filter(([, by]) => by !== 0).map(([articleId]) => articleId);
    return [...new Set([...this.listings.keys(), ...moved].map(shardOf))];
  }

  /** A shard's row after the changes; null when nothing is left in it. */
  apply(shard: number, row: ArticleSummaryRecord | undefined): ArticleSummaryRecord | null {
    const mine = ([articleId]: [string, unknown]) => shardOf(articleId) === shard;
    const articles = this.allListings
      ? new Map(this.allListings.map((listing): [string, ArticleListing] => [listing.id, listing]).filter(mine))
      : new Map(Object.entries(row?.articles ?? {}));
    let counts: Map<string, number>;
    if (this.allStatements) {
      this.allCounts ??= statementCountsByArticle(this.allStatements.map((s) => s.articleId));
      counts = new Map([...this.allCounts].filter(mine));
    } else {
      counts = new Map(Object.entries(row?.counts ?? {}));
      for (const [articleId, by] of this.counts) {
        if (shardOf(articleId) !== shard || by === 0) continue;
        const next = (counts.get(articleId) ?? 0) + by;
        if (next === 0) counts.delete(articleId);
        else counts.set(articleId, next);
      }
    }
    for (const [articleId, listing] of this.listings) {
      if (shardOf(articleId) !== shard) continue;
      if (listing) articles.set(articleId, listing);
      else articles.delete(articleId);
    }
    if (articles.size === 0 && counts.size === 0) return null;
    return { shard, articles: Object.fromEntries(articles), counts: Object.fromEntries(counts) };
  }
}
