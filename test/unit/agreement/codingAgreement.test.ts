import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../../src/core/agreement/cohensKappa';
import type { CodingTable } from '../../../src/core/agreement/CodingTable';
import { nominalAlpha } from '../../../src/core/agreement/nominalAlpha';
import { percentAgreement } from '../../../src/core/agreement/percentAgreement';

/** Reliability data given coder by coder ('.' = missing), turned into one row per unit. */
function byUnit(...coders: string[][]): CodingTable {
  const units = Math.max(...coders.map((c) => c.length));
  return Array.from({ length: units }, (_, u) => coders.map((c) => (c[u] === '.' ? null : (c[u] ?? null))));
}
/** A two-coder table from the cells of a 2×2 contingency table (first coder's value, then second's). */
function fromCounts(counts: Record<'yesYes' | 'yesNo' | 'noYes' | 'noNo', number>): CodingTable {
  const rows = (n: number, a: string, b: string) => Array.from({ length: n }, () => [a, b]);
  return [
    ...rows(counts.yesYes, 'yes', 'yes'),
    ...rows(counts.yesNo, 'yes', 'no'),
    ...rows(counts.noYes, 'no', 'yes'),
    ...rows(counts.noNo, 'no', 'no'),
  ];
}

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
// University of Pennsylvania, https://repository.upenn.edu/asc_papers/43.
// Section C: four observers, twelve units, nominal values, missing values.
const FOUR_OBSERVERS = byUnit(
  ['1', '2', '3', '3', '2', '1', '4', '1', '2', '.', '.', '.'],
  ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', '.', '3'],
  ['.', '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', '.'],
  ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', '.'],
);
// Section A: two observers, ten units, binary values, none missing.
const TWO_OBSERVERS = byUnit(
  ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
  ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
);

describe('nominal alpha (coincidence matrix)', () => {
  it('gives Krippendorff’s (2011) α = 0.743 for four observers with missing values', () => {
    expect(nominalAlpha(FOUR_OBSERVERS)).toBeCloseTo(0.743, 3);
  });

  it('gives Krippendorff’s (2011) α = 0.095 for two observers of binary data', () => {
    expect(nominalAlpha(TWO_OBSERVERS)).toBeCloseTo(0.095, 3);
  });

  it('ignores units that only one coder coded: they cannot be paired', () => {
    const unpaired = [...TWO_OBSERVERS, ['1', null], [null, '0']];
    expect(nominalAlpha(unpaired)).toBe(nominalAlpha(TWO_OBSERVERS));
  });

  it('is 1 when all coders agree and the values vary; undefined (null) without variation or pairs', () => {
    expect(nominalAlpha(byUnit(['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']))).toBe(1);
    expect(nominalAlpha(byUnit(['a', 'a'], ['a', 'a']))).toBeNull();
    expect(nominalAlpha(byUnit(['a', '.'], ['.', 'b']))).toBeNull();
    expect(nominalAlpha([])).toBeNull();
  });

  it('goes below 0 when coders disagree more than chance would have them', () => {
    expect(nominalAlpha(byUnit(['a', 'b', 'a', 'b'], ['b', 'a', 'b', 'a']))).toBeLessThan(0);
  });
});

describe('Cohen’s kappa for two coders', () => {
  // Wikipedia, "Cohen's kappa", worked examples ("Simple example"; "Same
  // percentages but different numbers"). po and pe as given there.
  it('gives κ = 0.4 for the 50 grant proposals (po 0.7, pe 0.5)', () => {
    expect(cohensKappa(fromCounts({ yesYes: 20, yesNo: 5, noYes: 10, noNo: 15 }))).toBeCloseTo(0.4, 10);
  });

  it('tells apart two tables with the same 60% agreement: κ 0.1304 and 0.2593', () => {
    const first = fromCounts({ yesYes: 45, yesNo: 15, noYes: 25, noNo: 15 });
    const second = fromCounts({ yesYes: 25, yesNo: 35, noYes: 5, noNo: 35 });
    expect(percentAgreement(first)).toBeCloseTo(0.6, 10);
    expect(percentAgreement(second)).toBeCloseTo(0.6, 10);
    expect(cohensKappa(first)).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(second)).toBeCloseTo(0.2593, 4);
  });

  it('compares any two columns, over the units both coded', () => {
    const table = [...FOUR_OBSERVERS];
    // Observers B and D (columns 1 and 3) coded units 1–10 both; they differ on unit 6 only.
    const bd = table.map((row) => [row[1], row[3]]);
    expect(cohensKappa(table, 1, 3)).toBe(cohensKappa(bd));
    expect(percentAgreement(bd.filter(([b, d]) => b && d))).toBeCloseTo(9 / 10, 10);
  });

  it('is undefined (null) when both used one value throughout, or no unit was coded by both', () => {
    expect(cohensKappa(byUnit(['a', 'a'], ['a', 'a']))).toBeNull();
    expect(cohensKappa(byUnit(['a', '.'], ['.', 'a']))).toBeNull();
  });
});

describe('percent agreement', () => {
  it('pools the agreeing pairs of every unit', () => {
    // FOUR_OBSERVERS, pair by pair: units 1 and 10 have 3 values (3 pairs
    // each, all agree), units 2–9 have 4 (6 pairs each: 3, 6, 6, 6, 0, 6, 3,
    // 6 agree), unit 11 has 2 (1 pair, agrees), unit 12 one value (none).
    expect(percentAgreement(FOUR_OBSERVERS)).toBeCloseTo(43 / 55, 10);
  });

  it('is 6 of 10 for Krippendorff’s two observers, and undefined without pairs', () => {
    expect(percentAgreement(TWO_OBSERVERS)).toBeCloseTo(0.6, 10);
    expect(percentAgreement(byUnit(['a'], ['.']))).toBeNull();
  });
});
