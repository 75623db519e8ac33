import { compareIds } from '../text/compareIds';

/** A span of one article's text: UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A statement (or its highlight) where it sits in the text, with its id. */
export interface PlacedSpan extends TextSpan {
  id: string;
}

/** What reading order looks at in a stored statement. */
export interface QuotedStatement {
  id: string;
  quote: TextSpan;
}

/**
 * Two spans of one text in reading order: the earlier start first; of two
 * starting together the longer one, so an enclosing quote comes before the
 * phrase nested in it. 0 for the same span.
 */
export function compareSpans(a: TextSpan, b: TextSpan): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Statements of one article in reading order, by where they are now (an
 * anchor resolved in the current text): compareSpans, then by id, so two
 * statements on the same span have one order in the sidebar, the editor's
 * stepping and everywhere else.
 */
export function readingOrder(a: PlacedSpan, b: PlacedSpan): number {
  return compareSpans(a, b) || compareIds(a.id, b.id);
}

/** readingOrder over stored statements, by their quote's offsets. */
export function quoteReadingOrder(a: QuotedStatement, b: QuotedStatement): number {
  return compareSpans(a.quote, b.quote) || compareIds(a.id, b.id);
}
