import type { Statement } from '../model/statement';
import { statementCounts } from './countedStatements';

/**
 * How many statements that count (statementCounts) each speaker and each
 * topic has in one article, by id. No zero is kept. The Speakers and Topics
 * lists sum these over the articles instead of reading every statement.
 */
export interface ArticleTally {
  speakers: Map<string, number>;
  topics: Map<string, number>;
}

/** A speaker's or topic's statements that count, and the articles they are in. */
export interface RegistryCount {
  statementCount: number;
  articleCount: number;
}

export const emptyTally = (): ArticleTally => ({ speakers: new Map(), topics: new Map() });

export const isEmptyTally = (tally: ArticleTally): boolean => tally.speakers.size === 0 && tally.topics.size === 0;

function bump(counts: Map<string, number>, id: string, by: number): void {
  const next = (counts.get(id) ?? 0) + by;
  if (next === 0) counts.delete(id);
  else counts.set(id, next);
}

/**
 * Count one statement in (by +1) or out (by -1) of its article's tally: under
 * its speaker when it has one, under its topic when it has one, and only
 * when it counts at all.
 */
export function tallyStatement(
  tally: ArticleTally,
  statement: Pick<Statement, 'speakerId' | 'topicId' | 'status'>,
  by: 1 | -1,
): void {
  if (!statementCounts(statement)) return;
  if (statement.speakerId !== null) bump(tally.speakers, statement.speakerId, by);
  if (statement.topicId !== undefined) bump(tally.topics, statement.topicId, by);
}

/** Add the counts of `change` (negative ones take away) into `tally`. */
export function addTally(tally: ArticleTally, change: ArticleTally): void {
  for (const [id, n] of change.speakers) bump(tally.speakers, id, n);
  for (const [id, n] of change.topics) bump(tally.topics, id, n);
}

/** The tally of some statements of one article, made from scratch. */
export function tallyOf(statements: Iterable<Pick<Statement, 'speakerId' | 'topicId' | 'status'>>): ArticleTally {
  const tally = emptyTally();
  for (const statement of statements) tallyStatement(tally, statement, 1);
  return tally;
}
