import { valuesOf, type CodingTable } from './CodingTable';

/**
 * Krippendorff's alpha for nominal values, any number of coders, values
 * missing anywhere: 1 − Do/De by the coincidence matrix (Krippendorff, K.
 * (2011). Computing Krippendorff's Alpha-Reliability. University of
 * Pennsylvania, https://repository.upenn.edu/asc_papers/43, section C).
 *
 * Each unit with m ≥ 2 values adds 1/(m−1) to the coincidence of every
 * ordered pair of its values from different coders; units with fewer
 * values cannot be paired and count for nothing. With n the pairable values,
 * n_c those equal to c and n_uc those of unit u:
 *   Σ_{c≠k} o_ck = Σ_u (m_u² − Σ_c n_uc²) / (m_u − 1)
 *   α = 1 − (n − 1) · Σ_{c≠k} o_ck / (n² − Σ_c n_c²)
 *
 * null when α is undefined: no unit has two values, or all values are the
 * same (no variation, so nothing to tell chance from agreement).
 */
export function nominalAlpha(table: CodingTable): number | null {
  let pairable = 0;
  let disagreeing = 0;
  const totals = new Map<string, number>();
  for (const row of table) {
    const values = valuesOf(row);
    const m = values.length;
    if (m < 2) continue;
    const counts = countValues(values);
    let sameSquares = 0;
    for (const [value, count] of counts) {
      sameSquares += count * count;
      totals.set(value, (totals.get(value) ?? 0) + count);
    }
    disagreeing += (m * m - sameSquares) / (m - 1);
    pairable += m;
  }
  let expected = pairable * pairable;
  for (const count of totals.values()) expected -= count * count;
  return expected === 0 ? null : 1 - ((pairable - 1) * disagreeing) / expected;
}

function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
