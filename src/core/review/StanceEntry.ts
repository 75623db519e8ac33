import type { Article } from '../model/article';
import type { Speaker } from '../model/speaker';
import type { Statement } from '../model/statement';
import type { Topic } from '../model/topic';
import { isStanceStatement, type StanceStatement } from './StanceStatement';

/** What the stance views read of an article: no text. */
export type ArticleInfo = Pick<Article, 'id' | 'title' | 'publishedAt' | 'createdAt'>;

/** What the stance views read of a statement: enough to count, filter and order it. */
export type StanceCandidate = Pick<
  Statement,
  'id' | 'articleId' | 'speakerId' | 'topicId' | 'stance' | 'kind' | 'status'
> & {
  quote: Pick<Statement['quote'], 'start' | 'end'>;
};

/**
 * A statement the stance views count, cut down to what they read: the shape
 * of the stance index storage keeps, so the Stances view never loads quotes,
 * claims or notes (it fetches the few of a chosen cell on demand).
 */
export type StanceEntry = StanceCandidate & Pick<StanceStatement, 'speakerId' | 'topicId' | 'stance'>;

/** The records a stance matrix is computed from: the whole library's, or the stance index's. */
export interface StanceRecords {
  articles: readonly ArticleInfo[];
  speakers: readonly Speaker[];
  topics: readonly Topic[];
  statements: readonly StanceCandidate[];
}

/**
 * The stance entry of a statement, or undefined when the stance views do not
 * count it (see isStanceStatement, with the default rule: confirmed only).
 * The stance index keeps exactly these, so a pending suggestion is never in it.
 */
export function stanceEntryOf(statement: Statement): StanceEntry | undefined {
  if (!isStanceStatement(statement)) return undefined;
  const { id, articleId, speakerId, topicId, stance, kind, status, quote } = statement;
  return { id, articleId, speakerId, topicId, stance, kind, status, quote: { start: quote.start, end: quote.end } };
}
