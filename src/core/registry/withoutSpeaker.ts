import type { Statement } from '../model/statement';

/**
 * A statement once its speaker is deleted from the registry: the quote,
 * role at the time, claim, topic and stance are the coder's reading of the
 * text and stay; only the attribution goes ("No speaker"), so the
 * statement can be given another speaker later.
 */
export function withoutSpeaker(statement: Statement, now: Date): Statement {
  return { ...statement, speakerId: null, updatedAt: now.toISOString() };
}
