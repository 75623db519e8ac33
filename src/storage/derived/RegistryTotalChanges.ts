import { shardOf } from './StanceIndexRecord';
import type { PackedCount, RegistryCounts, RegistryTotalRecord } from './RegistryTotalRecord';

type Registry = 'speakers' | 'topics';

/** What one write to the statements table changes in the registry totals (see StatementTallyChanges.apply). */
export class RegistryTotalChanges {
  /** By id: what to add to its statement and article counts (negative take away). */
  readonly changes: Record<Registry, Map<string, PackedCount>> = { speakers: new Map(), topics: new Map() };
  /** After a cleared range: every count, whole. */
  all: RegistryCounts | undefined;

  add(registry: Registry, id: string, statements: number, articles: number): void {
    if (statements === 0 && articles === 0) return;
    const change = this.changes[registry].get(id);
    if (change) {
      change[0] += statements;
      change[1] += articles;
    } else this.changes[registry].set(id, [statements, articles]);
  }

  /** The shards these changes touch (every shard when the counts are replaced whole). */
  shards(all: readonly number[]): number[] {
    if (this.all) return [...all];
    const moved = (registry: Registry) =>
      [...this.changes[registry]].filter(([, [s, a]]) => s !== 0 || a !== 0).map(([id]) => shardOf(id));
    return [...new Set([...moved('speakers'), ...moved('topics')])];
  }

  /** A shard's row after the changes; null when nothing is left in it. */
  apply(shard: number, row: RegistryTotalRecord | undefined): RegistryTotalRecord | null {
    const next = { shard, speakers: this.counts('speakers', shard, row), topics: this.counts('topics', shard, row) };
    return Object.keys(next.speakers).length + Object.keys(next.topics).length > 0 ? next : null;
  }

  private counts(registry: Registry, shard: number, row: RegistryTotalRecord | undefined): Record<string, PackedCount> {
    if (this.all) {
      const whole = [...this.all[registry]].filter(([id]) => shardOf(id) === shard);
      return Object.fromEntries(whole.map(([id, c]) => [id, [c.statementCount, c.articleCount]]));
    }
    const counts = new Map(Object.entries(row?.[registry] ?? {}));
    for (const [id, [statements, articles]] of this.changes[registry]) {
      if (shardOf(id) !== shard) continue;
      const [s, a] = counts.get(id) ?? [0, 0];
      if (s + statements === 0 && a + articles === 0) counts.delete(id);
      else counts.set(id, [s + statements, a + articles]);
    }
    return Object.fromEntries(counts);
  }
}
