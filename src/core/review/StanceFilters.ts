import type { SpeakerKind } from '../model/speaker';
import { STATEMENT_KINDS, type StatementKind } from '../model/statement';
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
  const test = filterTests(records, filters);
  return (statement) =>
    test.article(statement.articleId) && test.kind(statement.kind) && test.speaker(statement.speakerId);
}

/** Which of a list of things pass the filters, by index; undefined when every one does. */
export type FilterMask = Uint8Array | undefined;

/**
 * stanceFilter's test, asked once per article, speaker and kind instead of
 * once per statement: which of `articleIds` (by index), of the records'
 * speakers (by index) and of STATEMENT_KINDS pass. A statement passes when
 * its article, its speaker and its kind do.
 */
export function stanceFilterMasks(
  records: Pick<StanceRecords, 'articles' | 'speakers'>,
  filters: StanceFilters,
  articleIds: readonly string[],
): { article: FilterMask; speaker: FilterMask; kind: FilterMask } {
  const test = filterTests(records, filters);
  const byArticle = filters.articleIds !== undefined || filters.from !== undefined || filters.to !== undefined;
  return {
    article: byArticle ? Uint8Array.from(articleIds, (id) => (test.article(id) ? 1 : 0)) : undefined,
    speaker: filters.speakerKinds ? Uint8Array.from(records.speakers, (s) => (test.speaker(s.id) ? 1 : 0)) : undefined,
    kind: filters.kinds ? Uint8Array.from(STATEMENT_KINDS, (k) => (test.kind(k) ? 1 : 0)) : undefined,
  };
}

/** The filters' tests of a statement's article, kind and speaker, each on its own. */
function filterTests(records: Pick<StanceRecords, 'articles' | 'speakers'>, filters: StanceFilters) {
  const articles = new Map(records.articles.map((a) => [a.id, a]));
  const speakers = new Map(records.speakers.map((s) => [s.id, s]));
  const articleIds = filters.articleIds ? new Set(filters.articleIds) : undefined;
  const from = filters.from?.slice(0, 10);
  const to = filters.to?.slice(0, 10);
  return {
    article(articleId: string): boolean {
      if (articleIds && !articleIds.has(articleId)) return false;
      if (from !== undefined || to !== undefined) {
        const article = articles.get(articleId);
        if (!article) return false;
        const day = articleDate(article);
        if (from !== undefined && day < from) return false;
        if (to !== undefined && day > to) return false;
      }
      return true;
    },
    kind(kind: StatementKind): boolean {
      return !filters.kinds || filters.kinds.includes(kind);
    },
    speaker(speakerId: string | null): boolean {
      if (!filters.speakerKinds) return true;
      const speaker = speakerId === null ? undefined : speakers.get(speakerId);
      return speaker !== undefined && filters.speakerKinds.includes(speaker.kind);
    },
  };
}
