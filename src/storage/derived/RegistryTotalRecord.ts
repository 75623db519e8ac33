import type { RegistryCount } from '../../core/review/articleTally';
import { ShardRows } from './ShardRows';
import { addPackedTally, type StatementTallyRecord } from './StatementTallyRecord';

/** The table name of the registry totals. */
export const REGISTRY_TOTALS = 'registryTotals';

/** A speaker's or topic's statements that count and the articles they are in, as stored. */
export type PackedCount = [statementCount: number, articleCount: number];

/**
 * One row of the registry totals. For each speaker and each topic whose id
 * falls in this shard (FNV-1a of the id, as shardOf spreads articles), how
 * many statements that count name it and in how many articles: the statement
 * tallies summed over every article. Kept by derivedTablesMiddleware from
 * what each write changes in the tallies, in the same transaction, so the
 * Speakers and Topics lists read 16 small rows instead of summing a thousand
 * articles' tallies on every open.
 */
export interface RegistryTotalRecord {
  shard: number;
  /** By speaker id; a speaker no statement that counts names has no key. */
  speakers: Record<string, PackedCount>;
  /** By topic id, likewise. */
  topics: Record<string, PackedCount>;
}

/** Registry counts by id, of speakers and of topics. */
export interface RegistryCounts {
  speakers: Map<string, RegistryCount>;
  topics: Map<string, RegistryCount>;
}

/** Every speaker's and topic's counts, summed from every article's packed tally (see packTally). */
export function registryCountsOf(packedTallies: Iterable<string>): RegistryCounts {
  const counts: RegistryCounts = { speakers: new Map(), topics: new Map() };
  for (const packed of packedTallies) addPackedTally(counts, packed);
  return counts;
}

/** Every row of the registry totals, summed from every row of the statement tallies (the v8 upgrade). */
export function registryTotalRecords(tallies: readonly StatementTallyRecord[]): RegistryTotalRecord[] {
  return registryTotalRows(registryCountsOf(tallies.flatMap((row) => Object.values(row.articles))));
}

/** The rows of these counts, by shard; a shard with none has no row. */
export function registryTotalRows(counts: RegistryCounts): RegistryTotalRecord[] {
  const shards = new ShardRows<RegistryTotalRecord>((shard) => ({ shard, speakers: {}, topics: {} }));
  for (const [id, { statementCount, articleCount }] of counts.speakers)
    shards.rowOf(id).speakers[id] = [statementCount, articleCount];
  for (const [id, { statementCount, articleCount }] of counts.topics)
    shards.rowOf(id).topics[id] = [statementCount, articleCount];
  return shards.rows();
}
