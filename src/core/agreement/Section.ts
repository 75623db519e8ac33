/**
 * A piece of one coder's reading of one category: a unit they marked
 * (`marked`) or a gap between their units. A coder's sections tile the
 * continuum: each character belongs to exactly one.
 */
export interface Section {
  begin: number;
  length: number;
  marked: boolean;
}
