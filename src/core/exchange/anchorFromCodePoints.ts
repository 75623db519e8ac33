import type { Anchor } from '../model/anchor';
import { codePointsToUtf16 } from './codePointOffsets';

/** A quote located by code-point positions, as a W3C selector pair gives it. */
export interface CodePointQuote {
  start: number;
  end: number;
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Turn a code-point located quote back into a stored UTF-16 anchor on text.
 * Returns null unless the positions lie in the text and hold exactly the
 * quoted words: a file made for another version of the text must not put
 * statements on the wrong words.
 */
export function anchorFromCodePoints(text: string, quote: CodePointQuote): Anchor | null {
  const start = codePointsToUtf16(text, quote.start);
  const end = codePointsToUtf16(text, quote.end);
  if (start === null || end === null || text.slice(start, end) !== quote.exact) return null;
  return { start, end, exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' };
}
