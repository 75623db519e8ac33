import type { TextSpan } from './readingOrder';

/** A suggestion within this share of the shorter span of a confirmed statement is the same statement. */
export const SAME_SPAN_SHARE = 0.8;

/**
 * True when two spans of one text are the same statement: they share at
 * least SAME_SPAN_SHARE of the shorter one. The suggester's span and a
 * person's rarely agree to the character (one takes the closing quotation
 * mark, the other not), so equality would store the statement twice.
 */
export function sameSpan(a: TextSpan, b: TextSpan): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return false;
  return overlap >= SAME_SPAN_SHARE * Math.min(a.end - a.start, b.end - b.start);
}
