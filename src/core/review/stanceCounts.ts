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
  // A loop rather than max-then-filter: the stance matrix asks this of
  // every one of its (tens of thousands of) cells.
  let top = 0;
  let leader: DominantStance = 'none';
  for (const stance of STANCES) {
    const n = counts[stance];
    if (n > top) {
      top = n;
      leader = stance;
    } else if (n === top && n > 0) {
      leader = 'mixed';
    }
  }
  return leader;
}
