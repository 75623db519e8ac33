import { STANCES } from '../model/statement';
import { CellIndex } from './CellIndex';
import type { StanceColumnRecords, StanceColumns } from './StanceColumns';
import type { StanceRecords } from './StanceEntry';
import { stanceFilterMasks, type StanceFilters } from './StanceFilters';

/** What countStanceCells found: the stance matrix's cells, by number. */
export type CountedCells = ReturnType<typeof countStanceCells>;

/**
 * One pass over the statements: which cell (speaker × topic, numbered in the
 * order first met) each that passes the filters falls in (-1 for none), the
 * cells' stance counts (five per cell, in STANCES order) and totals, each
 * cell's speaker and topic, and each topic's total.
 */
export function countStanceCells(
  records: StanceRecords | StanceColumnRecords,
  columns: StanceColumns,
  filters: StanceFilters,
) {
  const masks = stanceFilterMasks(records, filters, columns.articleIds);
  const n = columns.length;
  const topicCount = records.topics.length;
  const cellIndex = new CellIndex(records.speakers.length * topicCount);
  const cellOf = new Int32Array(n).fill(-1);
  const cellSpeaker = new Int32Array(n);
  const cellTopic = new Int32Array(n);
  const counts = new Int32Array(n * STANCES.length);
  const totals = new Int32Array(n);
  const topicTotals = new Int32Array(topicCount);
  const { article, speaker, topic, stance, kind } = columns;
  for (let i = 0; i < n; i++) {
    const s = speaker[i] ?? 0;
    const t = topic[i] ?? 0;
    if (masks.article && !masks.article[article[i] ?? 0]) continue;
    if (masks.speaker && !masks.speaker[s]) continue;
    if (masks.kind && !masks.kind[kind[i] ?? 0]) continue;
    const cell = cellIndex.add(s * topicCount + t);
    cellSpeaker[cell] = s;
    cellTopic[cell] = t;
    cellOf[i] = cell;
    const at = cell * STANCES.length + (stance[i] ?? 0);
    counts[at] = (counts[at] ?? 0) + 1;
    totals[cell] = (totals[cell] ?? 0) + 1;
    topicTotals[t] = (topicTotals[t] ?? 0) + 1;
  }
  return { cellIndex, cellCount: cellIndex.size, cellOf, cellSpeaker, cellTopic, counts, totals, topicTotals };
}
