import { shardOf } from './StanceIndexRecord';

/**
 * Rows of a sharded derived table built from scratch: `rowOf(id)` is the
 * row of the id's shard, made empty by `make` the first time; `rows()` are
 * those made, so a shard nothing was put in has no row.
 */
export class ShardRows<R> {
  private readonly byShard = new Map<number, R>();

  constructor(private readonly make: (shard: number) => R) {}

  rowOf(id: string): R {
    const shard = shardOf(id);
    let row = this.byShard.get(shard);
    if (!row) this.byShard.set(shard, (row = this.make(shard)));
    return row;
  }

  rows(): R[] {
    return [...this.byShard.values()];
  }
}
