import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coderSections } from '../../../src/core/agreement/coderSections';
import type { Section } from '../../../src/core/agreement/Section';
import { unitDistance } from '../../../src/core/agreement/unitDistance';
import { unitizingAlpha } from '../../../src/core/agreement/unitizingAlpha';
import type { UnitizingStudy, UnitizingUnit } from '../../../src/core/agreement/unitizingStudy';

const CATEGORIES = ['c', 'k'];

/** Random valid studies: each coder's units of a category placed one after another, never overlapping. */
const studies = fc
  .record({
    begin: fc.integer({ min: 0, max: 50 }),
    length: fc.integer({ min: 1, max: 160 }),
    coders: fc.integer({ min: 2, max: 4 }),
    runs: fc.array(
      fc.array(fc.record({ gap: fc.nat(25), length: fc.integer({ min: 1, max: 25 }) }), { maxLength: 6 }),
      {
        minLength: 8,
        maxLength: 8,
      },
    ),
  })
  .map(({ begin, length, coders, runs }): UnitizingStudy => {
    const units: UnitizingUnit[] = [];
    for (let coder = 0; coder < coders; coder++) {
      CATEGORIES.forEach((category, c) => {
        let at = begin;
        for (const run of runs[coder * CATEGORIES.length + c] ?? []) {
          const unitBegin = at + run.gap;
          if (unitBegin + run.length > begin + length) break;
          units.push({ begin: unitBegin, length: run.length, coder, category });
          at = unitBegin + run.length;
        }
      });
    }
    return { continuum: { begin, length }, coders, units };
  })
  .filter((study) => study.units.length > 0);

function sectionsOf(study: UnitizingStudy, category: string): Section[][] {
  return Array.from({ length: study.coders }, (_, coder) =>
    coderSections(
      study.units.filter((u) => u.coder === coder && u.category === category),
      study.continuum,
    ),
  );
}

/** Krippendorff's uDo as written: every section of a coder against every section of every other coder. */
function observedByDefinition(sections: Section[][], L: number): number {
  const m = sections.length;
  let sum = 0;
  sections.forEach((mine, i) =>
    sections.forEach((theirs, j) => {
      if (i !== j) for (const s of mine) for (const t of theirs) sum += unitDistance(s, t);
    }),
  );
  return sum / (m * (m - 1) * L * L);
}

/** Krippendorff's uDe as written: for every unit, a pass over every gap of every coder. */
function expectedByDefinition(sections: Section[][], L: number): number {
  const all = sections.flat();
  const units = all.filter((s) => s.marked);
  const gaps = all.filter((s) => !s.marked);
  let numerator = 0;
  for (const { length: l } of units) {
    let fitting = 0;
    for (const { length: g } of gaps) if (g >= l) fitting += g - l + 1;
    numerator += ((units.length - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) + l ** 2 * fitting;
  }
  const mL = sections.length * L;
  return ((2 / L) * numerator) / (mL * (mL - 1) - units.reduce((sum, u) => sum + u.length * (u.length - 1), 0));
}

describe('unitizing alpha against Krippendorff’s definitions, on random studies', () => {
  it('tiles each coder’s continuum with units and gaps', () => {
    fc.assert(
      fc.property(studies, (study) => {
        for (const category of CATEGORIES) {
          for (const sections of sectionsOf(study, category)) {
            let at = study.continuum.begin;
            for (const s of sections) {
              expect(s.begin).toBe(at);
              expect(s.length).toBeGreaterThan(0);
              at += s.length;
            }
            expect(at).toBe(study.continuum.begin + study.continuum.length);
          }
        }
      }),
    );
  });

  it('gives the observed and expected disagreement of the formulas, and α in (−∞, 1]', () => {
    fc.assert(
      fc.property(studies, (study) => {
        const result = unitizingAlpha(study);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const c of result.value.categories) {
          const sections = sectionsOf(study, c.category);
          const L = study.continuum.length;
          expect(c.observed).toBeCloseTo(observedByDefinition(sections, L), 12);
          expect(c.expected).toBeCloseTo(expectedByDefinition(sections, L), 12);
          if (c.alpha !== null) expect(c.alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
