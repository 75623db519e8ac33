import type { CodingTable } from './CodingTable';

/**
 * Cohen's kappa between two coders (columns `first` and `second` of the
 * table), over the units both coded: (po − pe) / (1 − pe), po the share of
 * those units they gave the same value, pe the share to expect by chance
 * from how often each used each value (Cohen, J. (1960). A coefficient of
 * agreement for nominal scales. Educational and Psychological Measurement
 * 20(1), 37–46). null when undefined: no unit coded by both, or both used
 * one and the same value throughout (pe = 1).
 */
export function cohensKappa(table: CodingTable, first = 0, second = 1): number | null {
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let units = 0;
  let same = 0;
  for (const row of table) {
    const x = row[first];
    const y = row[second];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    units++;
    if (x === y) same++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  if (units === 0) return null;
  let chance = 0;
  for (const [value, count] of a) chance += (count / units) * ((b.get(value) ?? 0) / units);
  return chance === 1 ? null : (same / units - chance) / (1 - chance);
}
