import type { Anchor } from '../model/anchor';

/** Where an anchor lies in the current text, and how it was found. */
export type Resolution =
  | { status: 'exact'; start: number; end: number }
  | { status: 'moved'; start: number; end: number }
  | { status: 'orphan' };

/**
 * Place a stored anchor in `text`, the way Hypothesis does: trust the offsets
 * when the text there still equals the quote; otherwise look for the quote
 * elsewhere and take the occurrence whose context and position fit best.
 * What cannot be placed is an orphan, for the caller to report, never to drop.
 */
export function resolveAnchor(text: string, anchor: Anchor): Resolution {
  const { start, end, exact } = anchor;
  if (text.slice(start, end) === exact) return { status: 'exact', start, end };
  const candidates = occurrences(text, exact);
  if (candidates.length === 0) return { status: 'orphan' };
  let best = candidates[0] ?? 0;
  let bestScore = -Infinity;
  for (const at of candidates) {
    const score = contextScore(text, at, anchor);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return { status: 'moved', start: best, end: best + exact.length };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Longer matching context wins; closeness to the old offset breaks ties. */
function contextScore(text: string, at: number, anchor: Anchor): number {
  const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = text.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length);
  const context = commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
  const distance = Math.abs(at - anchor.start) / Math.max(1, text.length);
  return context - distance;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
