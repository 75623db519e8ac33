import type { UnitizingStudy } from './unitizingStudy';
import type { UnitizingProblem } from './UnitizingProblem';

/**
 * What keeps a study (already of the right shape: UnitizingStudySchema)
 * from having a unitizing α: the problems between its fields, in the order
 * of the units. Empty when α can be computed.
 */
export function checkUnitizingStudy(study: UnitizingStudy): UnitizingProblem[] {
  const { continuum, coders, units } = study;
  const problems: UnitizingProblem[] = [];
  if (coders < 2) problems.push({ code: 'too-few-coders', coders });
  if (units.length === 0) problems.push({ code: 'no-units' });
  const end = continuum.begin + continuum.length;
  units.forEach((unit, index) => {
    if (unit.coder >= coders) problems.push({ code: 'coder-out-of-range', unit: index, coder: unit.coder, coders });
    if (unit.begin < continuum.begin || unit.begin + unit.length > end) {
      problems.push({ code: 'unit-outside-continuum', unit: index });
    }
  });
  return [...problems, ...overlaps(study)];
}

type Overlap = Extract<UnitizingProblem, { code: 'overlapping-units' }>;

/** Each unit that begins inside an earlier unit of its coder and category. */
function overlaps({ units }: UnitizingStudy): Overlap[] {
  const groups = new Map<string, { index: number; begin: number; end: number }[]>();
  units.forEach((unit, index) => {
    const key = JSON.stringify([unit.coder, unit.category]);
    const group = groups.get(key) ?? [];
    group.push({ index, begin: unit.begin, end: unit.begin + unit.length });
    groups.set(key, group);
  });
  const found: Overlap[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.begin - b.begin || a.index - b.index);
    let reach: { index: number; end: number } | undefined;
    for (const { index, begin, end } of group) {
      if (reach && begin < reach.end) found.push({ code: 'overlapping-units', unit: index, other: reach.index });
      if (!reach || end > reach.end) reach = { index, end };
    }
  }
  return found.sort((a, b) => a.unit - b.unit);
}
