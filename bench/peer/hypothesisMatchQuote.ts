import approxSearch from 'approx-string-match';

/*
 * The peer for re-anchoring: Hypothesis's client (src/annotator/anchoring/
 * match-quote.ts, BSD-2-Clause, Hypothes.is Project and contributors),
 * restated over the same approx-string-match the app uses. Hypothesis first
 * trusts a position selector whose text still equals the quote, then runs
 * matchQuote with the old position as a hint; placeLikeHypothesis does both.
 */

interface Match {
  start: number;
  end: number;
  errors: number;
}

function search(text: string, str: string, maxErrors: number): Match[] {
  // Hypothesis's fast path: exact occurrences first, approximate only when there are none.
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1))
    exact.push({ start: at, end: at + str.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = search(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const score = (m: Match) => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix)
      : 1;
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(m.start - context.hint) / text.length : 1;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  };
  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: score(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0] ?? null;
}

/** Position selector first, then the quote with its context and the old position as hint. */
export function placeLikeHypothesis(
  text: string,
  anchor: { start: number; end: number; exact: string; prefix: string; suffix: string },
): { start: number; end: number } | null {
  if (text.slice(anchor.start, anchor.end) === anchor.exact) return { start: anchor.start, end: anchor.end };
  const match = matchQuote(text, anchor.exact, { prefix: anchor.prefix, suffix: anchor.suffix, hint: anchor.start });
  return match ? { start: match.start, end: match.end } : null;
}
