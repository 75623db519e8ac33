import type { Stance } from '../model/statement';

/** A stance as a number: favor +1, against -1, anything else 0. */
export function stanceScore(stance: Stance): number {
  if (stance === 'favor') return 1;
  if (stance === 'against') return -1;
  return 0;
}
