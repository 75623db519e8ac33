import { STANCES, type Stance } from '../../core/model/statement';
import type { StanceCounts } from '../../core/review/stanceCounts';

/** The non-empty stretches of a stacked bar of stance counts, left to right in STANCES order. */
export function stackSegments(
  counts: StanceCounts,
  total: number,
  width: number,
): { stance: Stance; x: number; width: number }[] {
  if (total <= 0) return [];
  const segments: { stance: Stance; x: number; width: number }[] = [];
  let x = 0;
  for (const stance of STANCES) {
    const w = (counts[stance] / total) * width;
    if (w > 0) segments.push({ stance, x, width: w });
    x += w;
  }
  return segments;
}
