import { STANCES, type Stance } from '../model/statement';

/** How many statements take each stance. */
export type StanceCounts = Record<Stance, number>;

/** A stance the statements lean to, or 'none' when there are none. */
export type DominantStance = Stance | 'none';

/** Counts of zero for every stance. */
export function emptyStanceCounts(): StanceCounts {
  return { favor: 0, against: 0, neutral: 0, mixed: 0, unclear: 0 };
}

/**
 * The stance most statements take. A tie between two or more stances is
 * 'mixed', since the speaker then leans no single way; no statements: 'none'.
 */
export function dominantStance(counts: StanceCounts): DominantStance {
  const top = Math.max(...STANCES.map((stance) => counts[stance]));
  if (top === 0) return 'none';
  const leaders = STANCES.filter((stance) => counts[stance] === top);
  return leaders.length === 1 && leaders[0] !== undefined ? leaders[0] : 'mixed';
}
