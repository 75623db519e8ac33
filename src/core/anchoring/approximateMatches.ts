import search from 'approx-string-match';
import type { MatchCandidate } from './scoreMatch';

/** Hypothesis's cap: the search costs O(maxErrors / 32 · text.length). */
const MAX_ERRORS_CAP = 256;

/**
 * The places in `text` closest to `quote` by edit distance, allowing up to
 * min(256, ⌊quote.length / 2⌋) edits; empty when none is that close. Like
 * approx-string-match, only the places with the fewest edits are returned.
 * Boundaries that would cut a surrogate pair are widened to the whole
 * character, so a match never holds half an emoji.
 */
export function approximateMatches(text: string, quote: string): MatchCandidate[] {
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 2));
  if (maxErrors === 0) return [];
  const seen = new Set<string>();
  const matches: MatchCandidate[] = [];
  for (const match of search(text, quote, maxErrors)) {
    const start = isLowSurrogateAt(text, match.start) ? match.start - 1 : match.start;
    const end = isLowSurrogateAt(text, match.end) ? match.end + 1 : match.end;
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key)) continue;
    seen.add(key);
    matches.push({ start, end, errors: match.errors });
  }
  return matches;
}

/** True when index i sits between the two halves of a surrogate pair. */
function isLowSurrogateAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
