import { err, ok, type Result } from '../result';
import { checkUnitizingStudy } from './checkUnitizingStudy';
import { coderSections } from './coderSections';
import { expectedDisagreement } from './expectedDisagreement';
import { observedDisagreement } from './observedDisagreement';
import type { UnitizingProblem } from './UnitizingProblem';
import type { UnitizingStudy } from './unitizingStudy';

/** One category's figures: α = 1 − observed / expected; null when expected is 0 (α undefined). */
export interface CategoryAgreement {
  category: string;
  observed: number;
  expected: number;
  alpha: number | null;
}

export interface UnitizingAgreement {
  /** Over all categories: 1 − Σ observed / Σ expected; null when Σ expected is 0. */
  alpha: number | null;
  /** In the order each category first appears among the units. */
  categories: CategoryAgreement[];
}

/**
 * Krippendorff's unitizing alpha (uα) of a study, per category and overall:
 * how far the coders agree on where units begin and end and which text they
 * leave unmarked, 1 meaning they marked exactly the same spans and 0 no
 * better than chance (Krippendorff, K. (2004). Content Analysis: An
 * Introduction to Its Methodology, 2nd ed., pp. 251–256; and (1995). On the
 * reliability of unitizing continuous data. Sociological Methodology 25).
 * Each category is measured apart: a coder's units of the other categories
 * count as gaps of this one.
 *
 * Reference implementation checked against (not copied): DKPro Agreement,
 * Apache License 2.0, © UKP Lab, TU Darmstadt —
 * org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement
 * and the older de.tudarmstadt.ukp.dkpro.statistics.unitizing.
 * AlphaUnitizedAgreement. Both give the overall α as 1 − ΣuDo / ΣuDe over the
 * categories (the newer as a ratio of means, the same number). Where DKPro
 * answers 0 for 0/0, this answers null: α is undefined there.
 */
export function unitizingAlpha(study: UnitizingStudy): Result<UnitizingAgreement, UnitizingProblem[]> {
  const problems = checkUnitizingStudy(study);
  if (problems.length > 0) return err(problems);
  const { continuum, coders, units } = study;
  const categoryNames = [...new Set(units.map((unit) => unit.category))];
  const categories = categoryNames.map((category): CategoryAgreement => {
    const sections = Array.from({ length: coders }, (_, coder) =>
      coderSections(
        units.filter((unit) => unit.coder === coder && unit.category === category),
        continuum,
      ),
    );
    const observed = observedDisagreement(sections, continuum.length);
    const expected = expectedDisagreement(sections, continuum.length);
    return { category, observed, expected, alpha: ratioAlpha(observed, expected) };
  });
  const sum = (key: 'observed' | 'expected') => categories.reduce((total, c) => total + c[key], 0);
  return ok({ alpha: ratioAlpha(sum('observed'), sum('expected')), categories });
}

function ratioAlpha(observed: number, expected: number): number | null {
  return expected === 0 ? null : 1 - observed / expected;
}
