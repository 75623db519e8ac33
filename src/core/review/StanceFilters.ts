import type { SpeakerKind } from '../model/speaker';
import type { StatementKind } from '../model/statement';
import { articleDate } from './articleDate';
import type { StanceCandidate, StanceRecords } from './StanceEntry';

/** Which statements a stance view counts; a filter left out lets every one through. */
export interface StanceFilters {
  /** Only statements in these articles. */
  articleIds?: string[];
  /** Earliest article day (YYYY-MM-DD or a longer ISO date), inclusive. */
  from?: string;
  /** Latest article day (YYYY-MM-DD or a longer ISO date), inclusive. */
  to?: string;
  /** Only direct, indirect or mixed statements as listed. */
  kinds?: StatementKind[];
  /** Only statements whose speaker is of these kinds. */
  speakerKinds?: SpeakerKind[];
}

/**
 * A test that a statement passes the filters. Dates are compared by day
 * against the article's date (see articleDate); a statement whose article
 * or speaker is missing fails any filter that needs it.
 */
export function stanceFilter(
  records: Pick<StanceRecords, 'articles' | 'speakers'>,
  filters: StanceFilters = {},
): (statement: Pick<StanceCandidate, 'articleId' | 'kind' | 'speakerId'>) => boolean {
  const articles = new Map(records.articles.map((a) => [a.id, a]));
  const speakers = new Map(records.speakers.map((s) => [s.id, s]));
  const articleIds = filters.articleIds ? new Set(filters.articleIds) : undefined;
  const from = filters.from?.slice(0, 10);
  const to = filters.to?.slice(0, 10);
  return (statement) => {
    if (articleIds && !articleIds.has(statement.articleId)) return false;
    if (filters.kinds && !filters.kinds.includes(statement.kind)) return false;
    if (filters.speakerKinds) {
      const speaker = statement.speakerId === null ? undefined : speakers.get(statement.speakerId);
      if (!speaker || !filters.speakerKinds.includes(speaker.kind)) return false;
    }
    if (from !== undefined || to !== undefined) {
      const article = articles.get(statement.articleId);
      if (!article) return false;
      const day = articleDate(article);
      if (from !== undefined && day < from) return false;
      if (to !== undefined && day > to) return false;
    }
    return true;
  };
}
