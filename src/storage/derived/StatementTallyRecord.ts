import type { Statement } from '../../core/model/statement';
import {
  emptyTally,
  tallyStatement,
  isEmptyTally,
  type ArticleTally,
  type RegistryCount,
} from '../../core/review/articleTally';
import { shardOf } from './StanceIndexRecord';

/** The table name of the statement tallies. */
export const STATEMENT_TALLIES = 'statementTallies';

/**
 * One row of the statement tallies. For each article whose id falls in this
 * shard (spread as the stance index is: see shardOf) and holds a statement
 * that counts, how many each speaker and each topic has there (ArticleTally),
 * packed into one string. Kept by derivedTablesMiddleware in the same
 * transaction as every write to statements, so the Speakers and Topics lists
 * read 16 rows instead of every statement of the library, and an edit that
 * changes no count writes nothing here.
 */
export interface StatementTallyRecord {
  shard: number;
  /** By article id; an article without a statement that counts has no key. */
  articles: Record<string, string>;
}

type Packed = [speakers: [string, number][], topics: [string, number][]];

/** One article's tally as one string. */
export function packTally(tally: ArticleTally): string {
  const packed: Packed = [[...tally.speakers], [...tally.topics]];
  return JSON.stringify(packed);
}

/** The tally packTally packed. */
export function unpackTally(packed: string): ArticleTally {
  const [speakers, topics] = JSON.parse(packed) as Packed;
  return { speakers: new Map(speakers), topics: new Map(topics) };
}

/**
 * Add one article's packed tally to running registry counts (see
 * registryCounts), in place: the Speakers list sums a thousand articles'
 * tallies, and a Map and a fresh count object for each entry of each
 * (what unpackTally and registryCounts make) cost it more than the read.
 */
export function addPackedTally(
  into: { speakers: Map<string, RegistryCount>; topics: Map<string, RegistryCount> },
  packed: string,
): void {
  const [speakers, topics] = JSON.parse(packed) as Packed;
  sumInto(into.speakers, speakers);
  sumInto(into.topics, topics);
}

function sumInto(counts: Map<string, RegistryCount>, entries: [string, number][]): void {
  for (const [id, n] of entries) {
    const count = counts.get(id);
    if (count) {
      count.statementCount += n;
      count.articleCount += 1;
    } else counts.set(id, { statementCount: n, articleCount: 1 });
  }
}

/** Each article's tally of these statements, packed, by article id; articles with nothing counted are left out. */
export function packedTalliesByArticle(statements: Iterable<Statement>): Map<string, string> {
  const byArticle = new Map<string, ArticleTally>();
  for (const statement of statements) {
    let tally = byArticle.get(statement.articleId);
    if (!tally) byArticle.set(statement.articleId, (tally = emptyTally()));
    tallyStatement(tally, statement, 1);
  }
  return new Map(
    [...byArticle]
      .filter(([, tally]) => !isEmptyTally(tally))
      .map(([articleId, tally]) => [articleId, packTally(tally)]),
  );
}

/** The rows of these packed tallies, by shard; a shard with none has no row. */
export function statementTallyRows(packed: Map<string, string>): StatementTallyRecord[] {
  const rows = new Map<number, [string, string][]>();
  for (const entry of packed) {
    const shard = shardOf(entry[0]);
    rows.set(shard, [...(rows.get(shard) ?? []), entry]);
  }
  return [...rows].map(([shard, articles]) => ({ shard, articles: Object.fromEntries(articles) }));
}

/** Every row of the tallies of these statements, built from scratch (the v5 upgrade). */
export function statementTallyRecords(statements: Iterable<Statement>): StatementTallyRecord[] {
  return statementTallyRows(packedTalliesByArticle(statements));
}
