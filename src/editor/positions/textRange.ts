/** A span of the canonical text in UTF-16 code units, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}
