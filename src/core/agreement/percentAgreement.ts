import { valuesOf, type CodingTable } from './CodingTable';

/**
 * The share of agreeing pairs: within each unit, every pair of values from
 * two different coders counts once, agreeing when equal; pooled over the
 * units. For two coders that is the share of the units both coded on which
 * they gave the same value. Not corrected for chance (α and κ are): a
 * figure for reading next to them, not instead. null when no unit has two
 * values.
 */
export function percentAgreement(table: CodingTable): number | null {
  let pairs = 0;
  let agreeing = 0;
  for (const row of table) {
    const values = valuesOf(row);
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        pairs++;
        if (values[i] === values[j]) agreeing++;
      }
    }
  }
  return pairs === 0 ? null : agreeing / pairs;
}
