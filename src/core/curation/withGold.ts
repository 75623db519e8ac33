import { stanceEntryOf, type StanceCandidate, type StanceRecords } from '../review/StanceEntry';
import { acceptedGold, type GoldStatement } from './goldStatement';

/**
 * Stance records with the gold layer in place of the coding of each article
 * that has one: those articles' statements give way to their accepted gold
 * statements (the ones the stance views count); other articles keep theirs.
 */
export function withGold<R extends StanceRecords>(records: R, gold: readonly GoldStatement[]): R {
  if (gold.length === 0) return records;
  const curated = new Set(gold.map((g) => g.articleId));
  const entries: StanceCandidate[] = acceptedGold(gold).flatMap((s) => stanceEntryOf(s) ?? []);
  return {
    ...records,
    statements: [...records.statements.filter((s) => !curated.has(s.articleId)), ...entries],
  };
}
