import type { Stance, Statement } from '../model/statement';

type Countable = Pick<Statement, 'speakerId' | 'topicId' | 'stance' | 'status'>;

/** A statement the stance views count: confirmed, with speaker, topic and stance. */
export type StanceStatement = Statement & { speakerId: string; topicId: string; stance: Stance };

/**
 * Whether a statement (or a cut-down one, see StanceEntry) counts in the
 * stance views: confirmed (not a pending suggestion) and naming a speaker,
 * a topic and a stance.
 */
export function isStanceStatement<S extends Countable>(statement: S): statement is S & { speakerId: string; topicId: string; stance: Stance } {
  return (
    statement.status === 'confirmed' &&
    statement.speakerId !== null &&
    statement.topicId !== undefined &&
    statement.stance !== undefined
  );
}
