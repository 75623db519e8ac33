import type { Statement } from '../../core/model/statement';
import { addTally, emptyTally, isEmptyTally, tallyStatement, type ArticleTally } from '../../core/review/articleTally';
import { shardOf } from './StanceIndexRecord';
import { packedTalliesByArticle, packTally, unpackTally, type StatementTallyRecord } from './StatementTallyRecord';
import { RegistryTotalChanges } from './RegistryTotalChanges';
import { registryCountsOf } from './RegistryTotalRecord';

/** What one write to the statements table changes in the statement tallies. */
export class StatementTallyChanges {
  /** By article id: what to add to its tally (negative counts take away). */
  readonly byArticle = new Map<string, ArticleTally>();
  /** After a cleared range: every statement left, to rebuild all tallies from. */
  all: Statement[] | undefined;
  private allPacked: Map<string, string> | undefined;

  /** What the tallies' changes make of the registry totals, noted as each shard is applied. */
  constructor(readonly totals = new RegistryTotalChanges()) {}

  /** Count a statement in (a version written) or out (the version it replaces or deletes). */
  count(statement: Statement, by: 1 | -1): void {
    let change = this.byArticle.get(statement.articleId);
    if (!change) this.byArticle.set(statement.articleId, (change = emptyTally()));
    tallyStatement(change, statement, by);
  }

  /** The shards these changes touch: none for an edit that moves no count, every one when the table is replaced. */
  shards(all: readonly number[]): number[] {
    if (this.all) return [...all];
    return [
      ...new Set(
        [...this.byArticle].filter(([, change]) => !isEmptyTally(change)).map(([articleId]) => shardOf(articleId)),
      ),
    ];
  }

  /** A shard's row after the changes; null when nothing is left in it. */
  apply(shard: number, row: StatementTallyRecord | undefined): StatementTallyRecord | null {
    if (this.all) {
      if (!this.allPacked) {
        this.allPacked = packedTalliesByArticle(this.all);
        this.totals.all = registryCountsOf(this.allPacked.values());
      }
      const articles = [...this.allPacked].filter(([articleId]) => shardOf(articleId) === shard);
      return articles.length > 0 ? { shard, articles: Object.fromEntries(articles) } : null;
    }
    const articles = new Map(Object.entries(row?.articles ?? {}));
    for (const [articleId, change] of this.byArticle) {
      if (shardOf(articleId) !== shard || isEmptyTally(change)) continue;
      const before = articles.get(articleId);
      const tally = before === undefined ? emptyTally() : unpackTally(before);
      this.noteTotals(tally, change);
      addTally(tally, change);
      if (isEmptyTally(tally)) articles.delete(articleId);
      else articles.set(articleId, packTally(tally));
    }
    return articles.size > 0 ? { shard, articles: Object.fromEntries(articles) } : null;
  }

  /** What adding `change` to an article's `tally` does to the totals: its counts, and whether the article still counts for each id. */
  private noteTotals(tally: ArticleTally, change: ArticleTally): void {
    for (const registry of ['speakers', 'topics'] as const)
      for (const [id, by] of change[registry]) {
        const before = tally[registry].get(id) ?? 0;
        const after = before + by;
        this.totals.add(registry, id, by, Number(after > 0) - Number(before > 0));
      }
  }
}
