import type { Stance, Statement } from '../model/statement';
import { statementCounts, type CountOptions } from './countedStatements';

type Countable = Pick<Statement, 'speakerId' | 'topicId' | 'stance' | 'status'>;

/** A statement the stance views count: confirmed, with speaker, topic and stance. */
export type StanceStatement = Statement & { speakerId: string; topicId: string; stance: Stance };

/**
 * Whether a statement (or a cut-down one, see StanceEntry) counts in the
 * stance views: it counts (statementCounts: confirmed, not a pending
 * suggestion, unless asked) and names a speaker, a topic and a stance.
 */
export function isStanceStatement<S extends Countable>(
  statement: S,
  options?: CountOptions,
): statement is S & { speakerId: string; topicId: string; stance: Stance } {
  return (
    statementCounts(statement, options) &&
    statement.speakerId !== null &&
    statement.topicId !== undefined &&
    statement.stance !== undefined
  );
}
