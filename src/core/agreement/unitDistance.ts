import type { Section } from './Section';

/**
 * Krippendorff's (2004, pp. 251–256) squared distance δ² between a section of one
 * coder and a section of another, for one category:
 * - two units that share characters: (difference of begins)² + (difference
 *   of ends)²; so two coders who marked the same span are 0 apart;
 * - a unit lying wholly inside the other coder's gap: its length², the most
 *   it can disagree;
 * - anything else (two gaps; sections that do not meet; a unit that a gap
 *   only partly covers, whose disagreement the overlapping unit counts): 0.
 * Checked against DKPro Agreement's `measureDistance` (Apache-2.0; see
 * unitizingAlpha.ts).
 */
export function unitDistance(a: Section, b: Section): number {
  const aEnd = a.begin + a.length;
  const bEnd = b.begin + b.length;
  if (a.marked && b.marked) {
    const meet = a.begin < bEnd && b.begin < aEnd;
    return meet ? (a.begin - b.begin) ** 2 + (aEnd - bEnd) ** 2 : 0;
  }
  if (a.marked && !b.marked) return within(a, b) ? a.length ** 2 : 0;
  if (b.marked && !a.marked) return within(b, a) ? b.length ** 2 : 0;
  return 0;
}

function within(inner: Section, outer: Section): boolean {
  return inner.begin >= outer.begin && inner.begin + inner.length <= outer.begin + outer.length;
}
