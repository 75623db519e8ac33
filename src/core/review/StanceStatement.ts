import type { Stance, Statement } from '../model/statement';

/** A statement the stance views count: confirmed, with speaker, topic and stance. */
export type StanceStatement = Statement & { speakerId: string; topicId: string; stance: Stance };

/**
 * Whether a statement counts in the stance views: confirmed (not a pending
 * suggestion) and naming a speaker, a topic and a stance.
 */
export function isStanceStatement(statement: Statement): statement is StanceStatement {
  return (
    statement.status === 'confirmed' &&
    statement.speakerId !== null &&
    statement.topicId !== undefined &&
    statement.stance !== undefined
  );
}
