/** A unit a coder marked on one text: [start, end) in its characters (end exclusive, as anchors are). */
export interface SpanUnit<C = unknown> {
  coder: C;
  start: number;
  end: number;
}

/**
 * Which units of different coders on one text are "the same unit", so that
 * their speaker, kind, topic and stance can be compared (coding α, κ).
 *
 * The rule, greatest overlap first:
 * 1. Every pair of units of two different coders that share at least one
 *    character is a candidate (identical spans share all of theirs).
 * 2. Candidates are taken by the characters they share, most first; on a
 *    tie, the pair whose spans cover the fewest characters together (the
 *    closer fit) first, then the earlier start, then the
 *    units' input order.
 * 3. A candidate joins its two units into one group, or adds one unit to
 *    the other's group, only if the group has no unit of that coder yet and
 *    the unit shares characters with every unit already in the group. So
 *    each unit is matched at most once, a group holds at most one unit per
 *    coder, and groups never chain spans that do not meet.
 * 4. A unit left unmatched is a group of its own: a unit only one coder
 *    marked.
 *
 * Groups come in reading order (earliest start, then longest); within a
 * group the units keep their input order.
 */
export function matchUnits<U extends SpanUnit>(units: readonly U[]): U[][] {
  const candidates = overlappingPairs(units);
  candidates.sort(
    (p, q) => q.shared - p.shared || p.covered - q.covered || p.start - q.start || p.a - q.a || p.b - q.b,
  );

  const groupOf = new Map<number, number[]>();
  const fits = (group: readonly number[], unit: number) => {
    const u = units[unit];
    return (
      u !== undefined &&
      group.every((member) => {
        const m = units[member];
        return m !== undefined && m.coder !== u.coder && m.start < u.end && u.start < m.end;
      })
    );
  };
  for (const { a, b } of candidates) {
    const groupA = groupOf.get(a);
    const groupB = groupOf.get(b);
    if (groupA && groupB) continue;
    if (!groupA && !groupB) {
      const group = [a, b];
      groupOf.set(a, group).set(b, group);
    } else if (groupA && fits(groupA, b)) {
      groupA.push(b);
      groupOf.set(b, groupA);
    } else if (groupB && fits(groupB, a)) {
      groupB.push(a);
      groupOf.set(a, groupB);
    }
  }

  const groups = new Set<number[]>();
  units.forEach((_, index) => groups.add(groupOf.get(index) ?? [index]));
  return [...groups]
    .map((group) => group.sort((p, q) => p - q).map((index) => units[index] as U))
    .sort((p, q) => spanStart(p) - spanStart(q) || spanEnd(q) - spanEnd(p));
}

const spanStart = (group: readonly SpanUnit<unknown>[]) => Math.min(...group.map((u) => u.start));
const spanEnd = (group: readonly SpanUnit<unknown>[]) => Math.max(...group.map((u) => u.end));

interface Candidate {
  a: number;
  b: number;
  shared: number;
  covered: number;
  start: number;
}

/** Pairs of units of different coders that share characters, found by a sweep over their starts. */
function overlappingPairs(units: readonly SpanUnit[]): Candidate[] {
  const byStart = units.map((unit, index) => ({ unit, index })).sort((p, q) => p.unit.start - q.unit.start);
  const candidates: Candidate[] = [];
  byStart.forEach(({ unit: x, index: a }, i) => {
    for (let j = i + 1; j < byStart.length; j++) {
      const next = byStart[j];
      if (!next || next.unit.start >= x.end) break;
      const { unit: y, index: b } = next;
      if (x.coder === y.coder || y.end <= y.start) continue;
      const shared = Math.min(x.end, y.end) - y.start;
      const covered = Math.max(x.end, y.end) - x.start;
      candidates.push({ a: Math.min(a, b), b: Math.max(a, b), shared, covered, start: x.start });
    }
  });
  return candidates;
}
