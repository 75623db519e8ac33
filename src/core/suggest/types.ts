/** A character range with its text, offsets in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One proposed statement: the quoted or reported words, who said them, and the cue. */
export interface Suggestion {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  role: string | null;
  cue: Span | null;
}

/** A quotation found by its marks: inner range (without marks) and the marks' positions. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when it is omitted). */
  close: number;
  /** Inner start, just after the opening mark. */
  start: number;
  /** Inner end, just before the closing mark. */
  end: number;
  /** True when this piece continues a multi-paragraph quotation. */
  continued: boolean;
}
