import { STANCES } from '../../core/model/statement';
import type { DominantStance, StanceCounts } from '../../core/review/stanceCounts';

/** What a matrix cell counts, as the table and the charts read it. */
export type CellCounts = { counts: StanceCounts; total: number; dominant: DominantStance };

/**
 * The accessible name of a matrix cell, every count spelled out:
 * "Hua Chunying on Sanctions: 0 favor, 2 against, 0 neutral, 0 mixed, 0 unclear; mostly against".
 */
export function cellLabel(speaker: string, topic: string, cell: CellCounts | undefined): string {
  if (!cell || cell.total === 0 || cell.dominant === 'none') return `${speaker} on ${topic}: no statements`;
  const counts = STANCES.map((stance) => `${cell.counts[stance]} ${stance}`).join(', ');
  return `${speaker} on ${topic}: ${counts}; mostly ${cell.dominant}`;
}

/**
 * The short visible text of a cell: "against 2". A tie reads as "mixed"
 * with the total, since no single stance leads.
 */
export function cellText(cell: CellCounts): string {
  if (cell.dominant === 'none') return '—';
  const top = Math.max(...STANCES.map((stance) => cell.counts[stance]));
  const count = cell.counts[cell.dominant] === top ? cell.counts[cell.dominant] : cell.total;
  return `${cell.dominant} ${count}`;
}
