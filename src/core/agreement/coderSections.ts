import type { Section } from './Section';
import type { Continuum } from './unitizingStudy';

/**
 * One coder's units of one category with the gaps between them, in order,
 * tiling the continuum: a gap before the first unit, between units that do
 * not touch, and after the last, none of length zero. The units must lie in
 * the continuum and not overlap (checkUnitizingStudy).
 */
export function coderSections(units: readonly { begin: number; length: number }[], continuum: Continuum): Section[] {
  const sections: Section[] = [];
  let at = continuum.begin;
  for (const unit of [...units].sort((a, b) => a.begin - b.begin)) {
    if (unit.begin > at) sections.push({ begin: at, length: unit.begin - at, marked: false });
    sections.push({ begin: unit.begin, length: unit.length, marked: true });
    at = unit.begin + unit.length;
  }
  const end = continuum.begin + continuum.length;
  if (end > at) sections.push({ begin: at, length: end - at, marked: false });
  return sections;
}
