import type { Speaker } from '../model/speaker';
import type { Statement } from '../model/statement';
import type { Topic } from '../model/topic';
import type { ArticleInfo } from './StanceEntry';

/**
 * What the speaker and topic pages are computed from: whole statements (they
 * show quotes and claims) and what they show of articles (never the text).
 * The whole library fits (LibraryRecords), and so does storage's cut of it
 * for one speaker or one topic.
 */
export interface ReviewRecords {
  articles: readonly ArticleInfo[];
  speakers: readonly Speaker[];
  topics: readonly Topic[];
  statements: readonly Statement[];
}
