import type { UnitizingUnit } from './unitizingStudy';

/**
 * A study's units with each coder's overlapping units of one
 * category merged into one span. unitizingAlpha refuses overlapping units
 * (UnitizingProblem 'overlapping-units'): the measure reads a coder's marks
 * as units and gaps, so two quotes of one coder that share characters can
 * only be read as the stretch they cover together. Merging keeps every
 * character the coder marked; dropping one would lose some.
 */
export function mergeCoderUnits(units: readonly UnitizingUnit[]): UnitizingUnit[] {
  const groups = new Map<string, UnitizingUnit[]>();
  for (const unit of units) {
    const key = JSON.stringify([unit.coder, unit.category]);
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  const merged: UnitizingUnit[] = [];
  for (const group of groups.values()) {
    let open: UnitizingUnit | undefined;
    for (const unit of group.sort((a, b) => a.begin - b.begin)) {
      if (open && unit.begin < open.begin + open.length) {
        open.length = Math.max(open.begin + open.length, unit.begin + unit.length) - open.begin;
      } else {
        open = { ...unit };
        merged.push(open);
      }
    }
  }
  return merged;
}
