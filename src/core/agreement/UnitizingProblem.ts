/**
 * Why unitizing α cannot be computed for a study, as data: the caller
 * words it (unitizingProblemSentence). `unit` and `other` are indexes into
 * the study's units.
 */
export type UnitizingProblem =
  /** α compares coders: it needs at least two. */
  | { code: 'too-few-coders'; coders: number }
  /** Nobody marked anything: with nothing to compare, α is undefined (0/0). */
  | { code: 'no-units' }
  /** A unit names a coder the study does not have. */
  | { code: 'coder-out-of-range'; unit: number; coder: number; coders: number }
  /** A unit begins before the continuum or ends after it. */
  | { code: 'unit-outside-continuum'; unit: number }
  /**
   * Two units of one coder and one category share characters. Krippendorff's
   * measure reads each coder's marks of a category as units and gaps that
   * tile the continuum, so it has no reading for this: merge them first.
   */
  | { code: 'overlapping-units'; unit: number; other: number };
