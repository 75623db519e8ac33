/**
 * Reliability data for a coding measure: one row per unit, one column per
 * coder, the value that coder gave the unit or null (or undefined) where they
 * gave none, as in Krippendorff's reliability data matrix turned on its side.
 * Values are nominal: equal or not, nothing in between.
 */
export type CodingTable = readonly (readonly (string | null | undefined)[])[];

/** The values a row holds, without the missing ones. */
export function valuesOf(row: readonly (string | null | undefined)[]): string[] {
  return row.filter((value): value is string => value !== null && value !== undefined);
}
