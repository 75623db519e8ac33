import { plural } from '../text/plural';
import type { UnitizingProblem } from './UnitizingProblem';
import type { UnitizingStudy } from './unitizingStudy';

/** Why a study has no unitizing α, as a sentence naming the field or units at fault. */
export function unitizingProblemSentence(problem: UnitizingProblem, study: UnitizingStudy): string {
  const { continuum } = study;
  switch (problem.code) {
    case 'too-few-coders':
      return `coders is ${problem.coders}, but agreement needs at least 2 coders to compare.`;
    case 'no-units':
      return 'units is empty: no coder marked anything, so there is no agreement to measure.';
    case 'coder-out-of-range':
      return `units[${problem.unit}].coder is ${problem.coder}, but the study has ${plural(problem.coders, 'coder')}, numbered 0 to ${problem.coders - 1}.`;
    case 'unit-outside-continuum':
      return `units[${problem.unit}] ${span(study.units[problem.unit])} does not lie within the continuum ${span(continuum)}.`;
    case 'overlapping-units': {
      const unit = study.units[problem.unit];
      const whose = unit ? ` (coder ${unit.coder}, category “${unit.category}”)` : '';
      return `units[${problem.unit}] overlaps units[${problem.other}]${whose}: one coder's units of one category must not overlap; merge them into one.`;
    }
  }
}

function span(stretch: { begin: number; length: number } | undefined): string {
  return stretch ? `(begin ${stretch.begin}, length ${stretch.length})` : '';
}
