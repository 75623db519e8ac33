import type { Speaker } from '../model/speaker';
import { STANCES } from '../model/statement';
import type { Topic } from '../model/topic';
import { compareByLabel } from './compareByLabel';
import type { CountOptions } from './countedStatements';
import { orderScoredByAgreement } from './orderByAgreement';
import { countStanceCells } from './countStanceCells';
import { matrixCellReader } from './matrixCellReader';
import { stanceColumns, type StanceColumnRecords } from './StanceColumns';
import type { DominantStance, StanceCounts } from './stanceCounts';
import type { StanceRecords } from './StanceEntry';
import type { StanceFilters } from './StanceFilters';
import { stanceScore } from './stanceScore';

/** What one speaker said on one topic. */
export interface StanceCell {
  counts: StanceCounts;
  total: number;
  /** In reading order (see statementOrder). */
  statementIds: string[];
  dominant: DominantStance;
}

/** Speakers by topics, with the stances each took. */
export interface StanceMatrix {
  /** Rows: speakers who agree sit next to each other (see orderByAgreement). */
  speakers: Speaker[];
  /** Columns: most statements first, then by label. */
  topics: Topic[];
  /**
   * What the speaker said on the topic; undefined when nothing (or either is
   * not in the matrix). Made on first ask and kept, so asking again gives
   * the same object.
   */
  cell(speakerId: string, topicId: string): StanceCell | undefined;
}

/** The key of a cell of a StanceMatrix in matrixCells. */
export function cellKey(speakerId: string, topicId: string): string {
  return `${speakerId}|${topicId}`;
}

/** Every non-empty cell of a matrix, by cellKey: the whole matrix as plain data (a file, a test). */
export function matrixCells(matrix: StanceMatrix): Record<string, StanceCell> {
  const cells: Record<string, StanceCell> = {};
  for (const speaker of matrix.speakers)
    for (const topic of matrix.topics) {
      const cell = matrix.cell(speaker.id, topic.id);
      if (cell) cells[cellKey(speaker.id, topic.id)] = cell;
    }
  return cells;
}

/**
 * The stance matrix of the library: every statement that counts (confirmed;
 * pending suggestions too only when `counting` asks, as an export may) with
 * a speaker, a topic and a stance that passes the filters is counted in its
 * speaker's row and topic's column. Speakers and topics without such a
 * statement (or no longer in the records) are left out. Records whose
 * statements storage already put in columns (StanceColumnRecords) are
 * counted as they are.
 *
 * The work grows with the statements, not with speakers × topics, and is
 * passes over typed arrays (see StanceColumns): each statement's cell is
 * found by number, counts are added in place, each speaker's scores come
 * from their own cells. What a person sees of a cell (its counts, its
 * statements in reading order) is made only when asked for: the view shows
 * a few hundred of the tens of thousands.
 */
export function stanceMatrix(
  records: StanceRecords | StanceColumnRecords,
  filters: StanceFilters = {},
  counting?: CountOptions,
): StanceMatrix {
  const columns = stanceColumns(records, counting);
  const counted = countStanceCells(records, columns, filters);
  const { cellCount, cellSpeaker, cellTopic, topicTotals } = counted;

  const topicCount = records.topics.length;
  const topicOrder: number[] = [];
  for (let t = 0; t < topicCount; t++) if ((topicTotals[t] ?? 0) > 0) topicOrder.push(t);
  topicOrder.sort(
    (a, b) =>
      (topicTotals[b] ?? 0) - (topicTotals[a] ?? 0) ||
      compareByLabel(records.topics[a] as Topic, records.topics[b] as Topic),
  );
  const columnOf = new Int32Array(topicCount).fill(-1);
  topicOrder.forEach((t, c) => (columnOf[t] = c));

  // Each speaker's cells in column order, as orderByAgreement adds scores:
  // cells bucketed by column, then dealt out to their speakers in that order.
  const byColumn = bucket(cellCount, topicOrder.length, (cell) => columnOf[cellTopic[cell] ?? 0] ?? 0);
  const rowOf = new Int32Array(records.speakers.length).fill(-1);
  const rowSpeakers: Speaker[] = [];
  const rowCells: number[][] = [];
  for (const cell of byColumn) {
    const s = cellSpeaker[cell] ?? 0;
    let row = rowOf[s] ?? -1;
    if (row < 0) {
      row = rowOf[s] = rowSpeakers.length;
      rowSpeakers.push(records.speakers[s] as Speaker);
      rowCells.push([]);
    }
    rowCells[row]?.push(cell);
  }
  const statementCounts = new Int32Array(rowSpeakers.length);
  const own = rowCells.map((cells, row) => {
    const ids = new Int32Array(cells.length);
    const scores = new Float64Array(cells.length);
    cells.forEach((cell, k) => {
      ids[k] = columnOf[cellTopic[cell] ?? 0] ?? 0;
      scores[k] = meanScore(counted.counts, cell);
      statementCounts[row] = (statementCounts[row] ?? 0) + (counted.totals[cell] ?? 0);
    });
    return { ids, scores };
  });

  return {
    speakers: orderScoredByAgreement(rowSpeakers, statementCounts, own, topicOrder.length),
    topics: topicOrder.map((t) => records.topics[t] as Topic),
    cell: matrixCellReader(records, columns, counted),
  };
}

/** The numbers 0..count-1 ordered by `keyOf` (0..keys-1), stably: a counting sort. */
function bucket(count: number, keys: number, keyOf: (item: number) => number): Int32Array {
  const starts = new Int32Array(keys + 1);
  for (let i = 0; i < count; i++) {
    const k = keyOf(i) + 1;
    starts[k] = (starts[k] ?? 0) + 1;
  }
  for (let k = 0; k < keys; k++) starts[k + 1] = (starts[k + 1] ?? 0) + (starts[k] ?? 0);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const k = keyOf(i);
    out[starts[k] ?? 0] = i;
    starts[k] = (starts[k] ?? 0) + 1;
  }
  return out;
}

/** A cell's mean stance score, favor +1 to against -1, summed in STANCES order. */
function meanScore(counts: Int32Array, cell: number): number {
  let sum = 0;
  let total = 0;
  STANCES.forEach((stance, k) => {
    const n = counts[cell * STANCES.length + k] ?? 0;
    sum += stanceScore(stance) * n;
    total += n;
  });
  return sum / total;
}
