import type { Statement } from '../model/statement';

/** The sidebar's filters; an empty string means "any", "none" means "no value". */
export interface StatementFilters {
  speakerId: string;
  kind: string;
  topicId: string;
  stance: string;
  status: string;
}

export const NO_FILTERS: StatementFilters = { speakerId: '', kind: '', topicId: '', stance: '', status: '' };

/** The ids that name a record still in the library. */
export interface KnownIds {
  speakers: { has(id: string): boolean };
  topics: { has(id: string): boolean };
}

/**
 * A statement has no speaker when none was given (an anonymous quote saved
 * on purpose) or when the speaker it names is no longer in the registry:
 * either way the app shows it as "No speaker", so it is found as one.
 */
export function hasNoSpeaker(statement: Statement, known: Pick<KnownIds, 'speakers'>): boolean {
  return !statement.speakerId || !known.speakers.has(statement.speakerId);
}

/** Statements that pass every chosen filter; "none" matches a missing value. */
export function filterStatements(
  statements: readonly Statement[],
  filters: StatementFilters,
  known: KnownIds,
): Statement[] {
  const matches = (wanted: string, value: string | null | undefined, missing = !value) =>
    wanted === '' || (wanted === 'none' ? missing : value === wanted);
  return statements.filter(
    (s) =>
      matches(filters.speakerId, s.speakerId, hasNoSpeaker(s, known)) &&
      matches(filters.kind, s.kind) &&
      matches(filters.topicId, s.topicId, !s.topicId || !known.topics.has(s.topicId)) &&
      matches(filters.stance, s.stance) &&
      matches(filters.status, s.status),
  );
}
