import { z } from 'zod';

/** A field's rule as the end of a sentence a person reads: "units[3].length must be …". */
const rule = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});
const wholeNumber = (what: string, min = Number.MIN_SAFE_INTEGER) =>
  z.number(rule(what)).int(rule(what)).min(min, rule(what));

/**
 * The stretch of text the coders read: characters begin … begin + length - 1
 * (an article's whole text is begin 0, length text.length).
 */
export const ContinuumSchema = z.object(
  { begin: wholeNumber('a whole number'), length: wholeNumber('a positive whole number', 1) },
  rule('a group of begin and length'),
);

/** One stretch a coder marked, with the category they gave it (in Quotemark: a quote and its kind). */
export const UnitizingUnitSchema = z.object(
  {
    begin: wholeNumber('a whole number'),
    length: wholeNumber('a positive whole number', 1),
    coder: wholeNumber('a coder number (0, 1, …)', 0),
    category: z.string(rule('a category name (text)')).min(1, rule('a category name, not empty')),
  },
  rule('a group of begin, length, coder and category'),
);

/**
 * A unitizing study, the file the agreement CLI reads: the continuum, how
 * many coders took part (numbered 0 … coders - 1; one who marked nothing
 * still counts) and every unit any of them marked. What lies between a
 * coder's units of a category is that coder's gap: text they left unmarked.
 */
export const UnitizingStudySchema = z.object(
  {
    continuum: ContinuumSchema,
    coders: wholeNumber('a positive whole number', 1),
    units: z.array(UnitizingUnitSchema, rule('a list of units')),
  },
  rule('a study: {"continuum": {"begin", "length"}, "coders": N, "units": [...]}'),
);

export type Continuum = z.infer<typeof ContinuumSchema>;
export type UnitizingUnit = z.infer<typeof UnitizingUnitSchema>;
export type UnitizingStudy = z.infer<typeof UnitizingStudySchema>;
