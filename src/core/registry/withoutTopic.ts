import type { Statement } from '../model/statement';

/**
 * A statement once its topic is deleted: it has "No topic" and keeps its
 * stance. The stance is the coder's reading of the quote (for or against
 * what it is about); a topic is usually deleted to be replaced (a junk or
 * misspelt label), and giving the statement its right topic again should
 * not mean coding the stance again. A stance without a topic is counted
 * nowhere (the matrix, topic pages and stance table need both) and the
 * article's sidebar marks it "No topic", so it cannot pass for coded.
 */
export function withoutTopic(statement: Statement, now: Date): Statement {
  const next: Statement = { ...statement, updatedAt: now.toISOString() };
  delete next.topicId;
  return next;
}
