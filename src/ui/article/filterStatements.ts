import type { Statement } from '../../core/model/statement';

/** The sidebar's filters; an empty string means "any". */
export interface StatementFilters {
  speakerId: string;
  kind: string;
  topicId: string;
  stance: string;
  status: string;
}

export const NO_FILTERS: StatementFilters = { speakerId: '', kind: '', topicId: '', stance: '', status: '' };

/** Statements that pass every chosen filter; "none" matches a missing value. */
export function filterStatements(statements: readonly Statement[], filters: StatementFilters): Statement[] {
  const matches = (wanted: string, value: string | null | undefined) =>
    wanted === '' || (wanted === 'none' ? !value : value === wanted);
  return statements.filter(
    (s) =>
      matches(filters.speakerId, s.speakerId) &&
      matches(filters.kind, s.kind) &&
      matches(filters.topicId, s.topicId) &&
      matches(filters.stance, s.stance) &&
      matches(filters.status, s.status),
  );
}
