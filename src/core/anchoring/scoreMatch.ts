import search from 'approx-string-match';
import type { Anchor } from '../model/anchor';

/** A place in the text where a quote may lie, with its edit distance from the quote. */
export interface MatchCandidate {
  start: number;
  end: number;
  /** Insertions, deletions and substitutions between the quote and text.slice(start, end). */
  errors: number;
}

/** How well a candidate fits an anchor: each part in [0, 1], total a weighted mean. */
export interface MatchScore {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  total: number;
}

/**
 * Hypothesis's weights (match-quote.ts): the quote itself counts most, the
 * context either side next, and the old offset only breaks ties, since an
 * edit above a quote moves it however well the quote is kept.
 */
export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

const WEIGHT_SUM = MATCH_WEIGHTS.quote + MATCH_WEIGHTS.prefix + MATCH_WEIGHTS.suffix + MATCH_WEIGHTS.position;

/**
 * Score a candidate place of `anchor` in `text` the way Hypothesis does:
 * similarity of the quote, of the stored prefix and suffix to the text
 * around the candidate (compared approximately too, so one changed word in
 * the context costs little), and closeness to the stored offset.
 */
export function scoreMatch(text: string, candidate: MatchCandidate, anchor: Anchor): MatchScore {
  const quote = 1 - candidate.errors / anchor.exact.length;
  // No stored context (a quote at the very start or end) says nothing
  // against any candidate, so it scores as a perfect fit.
  const prefix = anchor.prefix
    ? textSimilarity(text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start), anchor.prefix)
    : 1;
  const suffix = anchor.suffix
    ? textSimilarity(text.slice(candidate.end, candidate.end + anchor.suffix.length), anchor.suffix)
    : 1;
  const position = 1 - Math.abs(candidate.start - anchor.start) / Math.max(1, text.length);
  const total =
    (MATCH_WEIGHTS.quote * quote +
      MATCH_WEIGHTS.prefix * prefix +
      MATCH_WEIGHTS.suffix * suffix +
      MATCH_WEIGHTS.position * position) /
    WEIGHT_SUM;
  return { quote, prefix, suffix, position, total };
}

/**
 * How closely `pattern` occurs in `text`, from 0 (not at all) to 1 (exactly):
 * one minus the fewest edits of any approximate occurrence, per character.
 */
export function textSimilarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  // With maxErrors = pattern.length there is always a match (delete it all).
  const best = search(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}
