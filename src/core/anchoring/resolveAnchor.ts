import type { Anchor } from '../model/anchor';
import { approximateMatches } from './approximateMatches';
import { scoreMatch } from './scoreMatch';

/**
 * Where an anchor lies in the current text, and how it was found: at its
 * offsets ('exact'), the same words elsewhere ('moved'), or words that differ
 * a little from the stored quote ('fuzzy': text.slice(start, end) is not
 * anchor.exact, so a caller may ask the person to confirm it).
 */
export type Resolution =
  | { status: 'exact'; start: number; end: number }
  | { status: 'moved'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number }
  | { status: 'orphan' };

/**
 * A fuzzy match must keep at least this share of the quote: below it the
 * words are more likely someone else's than an edited version of these.
 */
export const MIN_QUOTE_SIMILARITY = 0.5;

/**
 * A fuzzy match must also score this much overall (see scoreMatch). Without
 * it a deleted short quote ("absurdity") would land on any word that looks
 * half like it ("arity"); with it the text around the match has to agree
 * too. Quotes of 30 characters or more edited by a word, with their context
 * intact, score above 0.8.
 */
export const MIN_MATCH_SCORE = 0.7;

/**
 * How far from its old offset a quote is first looked for. Edits above a
 * quote move it by their length, which in a news article is rarely more
 * than a few paragraphs; searching this window first spares a scan of the
 * whole text for almost every anchor of a long article.
 */
export const NEARBY_CHARS = 4096;

/**
 * A fuzzy match found near the old offset is taken without searching the
 * whole text when it scores at least this: the quote nearly kept and its
 * context largely intact, so no place elsewhere can plausibly fit better.
 */
export const CONFIDENT_MATCH_SCORE = 0.85;

/**
 * Place a stored anchor in `text`, the way Hypothesis does: trust the offsets
 * when the text there still equals the quote; otherwise take the exact
 * occurrence whose context and position fit best; when the quote no longer
 * occurs exactly, the approximate match that scores best (see scoreMatch)
 * and well enough (MIN_QUOTE_SIMILARITY, MIN_MATCH_SCORE).
 * What cannot be placed is an orphan, for the caller to report, never to drop.
 */
export function resolveAnchor(text: string, anchor: Anchor): Resolution {
  const { start, end, exact } = anchor;
  if (text.slice(start, end) === exact) return { status: 'exact', start, end };
  const near = nearbyWithContext(text, anchor);
  if (near !== undefined) return { status: 'moved', start: near, end: near + exact.length };
  // Every occurrence is scored in place, without a list or a string per
  // occurrence: a one-letter quote has tens of thousands in a long text.
  let best = -1;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, anchor);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  if (best === -1) return fuzzyResolution(text, anchor);
  return { status: 'moved', start: best, end: best + exact.length };
}

/**
 * The exact occurrence nearest the old offset, within NEARBY_CHARS, whose
 * whole stored context is intact. No occurrence elsewhere can score better
 * (context is complete, and any other is farther away), so the whole-text
 * search is skipped.
 */
function nearbyWithContext(text: string, anchor: Anchor): number | undefined {
  const from = Math.max(0, anchor.start - NEARBY_CHARS);
  const to = anchor.start + NEARBY_CHARS;
  const full = anchor.prefix.length + anchor.suffix.length;
  let nearest: number | undefined;
  for (let at = text.indexOf(anchor.exact, from); at !== -1 && at <= to; at = text.indexOf(anchor.exact, at + 1)) {
    if (contextLength(text, at, anchor) !== full) continue;
    if (nearest === undefined || Math.abs(at - anchor.start) < Math.abs(nearest - anchor.start)) nearest = at;
  }
  return nearest;
}

function fuzzyResolution(text: string, anchor: Anchor): Resolution {
  const from = Math.max(0, anchor.start - NEARBY_CHARS);
  const nearby = bestFuzzyMatch(text, anchor, from, Math.min(text.length, anchor.end + NEARBY_CHARS));
  const best = nearby && nearby.total >= CONFIDENT_MATCH_SCORE ? nearby : bestFuzzyMatch(text, anchor, 0, text.length);
  return best ? { status: 'fuzzy', start: best.start, end: best.end } : { status: 'orphan' };
}

/** The best-scoring approximate match of the quote within text[from, to), if good enough. */
function bestFuzzyMatch(text: string, anchor: Anchor, from: number, to: number) {
  let best: { start: number; end: number; total: number } | undefined;
  for (const found of approximateMatches(text.slice(from, to), anchor.exact)) {
    const candidate = { start: found.start + from, end: found.end + from, errors: found.errors };
    const score = scoreMatch(text, candidate, anchor);
    if (score.quote < MIN_QUOTE_SIMILARITY || score.total < MIN_MATCH_SCORE) continue;
    if (!best || score.total > best.total) best = { start: candidate.start, end: candidate.end, total: score.total };
  }
  return best;
}

/** Longer matching context wins; closeness to the old offset breaks ties. */
function contextScore(text: string, at: number, anchor: Anchor): number {
  const distance = Math.abs(at - anchor.start) / Math.max(1, text.length);
  return contextLength(text, at, anchor) - distance;
}

/**
 * How many characters of the stored prefix and suffix the text around `at`
 * still has: the prefix compared backwards from `at`, the suffix forwards
 * from the quote's end, character by character in place.
 */
function contextLength(text: string, at: number, anchor: Anchor): number {
  const { prefix, suffix } = anchor;
  let before = 0;
  while (
    before < prefix.length &&
    before < at &&
    text.charCodeAt(at - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)
  )
    before++;
  const end = at + anchor.exact.length;
  let after = 0;
  while (
    after < suffix.length &&
    end + after < text.length &&
    text.charCodeAt(end + after) === suffix.charCodeAt(after)
  )
    after++;
  return before + after;
}
