import type { Speaker } from '../model/speaker';
import { STANCES } from '../model/statement';
import type { Topic } from '../model/topic';
import { compareByLabel } from './compareByLabel';
import type { CountOptions } from './countedStatements';
import { orderScoredByAgreement, type Scores } from './orderByAgreement';
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
  // cells bucketed by column, then dealt out to their speakers in that
  // order. Plain loops over typed arrays, no closure or array per speaker:
  // in a fresh tab this runs once, before the engine optimises anything.
  const byColumn = bucket(cellCount, topicOrder.length, cellTopic, columnOf);
  const rowOf = new Int32Array(records.speakers.length).fill(-1);
  const rowSpeakers: Speaker[] = [];
  const rowSizes: number[] = [];
  for (let k = 0; k < cellCount; k++) {
    const s = cellSpeaker[byColumn[k] ?? 0] ?? 0;
    let row = rowOf[s] ?? -1;
    if (row < 0) {
      row = rowOf[s] = rowSpeakers.length;
      rowSpeakers.push(records.speakers[s] as Speaker);
      rowSizes.push(0);
    }
    rowSizes[row] = (rowSizes[row] ?? 0) + 1;
  }
  // Row r's cells are ids/scores[rowStart[r]..rowStart[r + 1]), filled in column order.
  const rowStart = new Int32Array(rowSpeakers.length + 1);
  for (let r = 0; r < rowSpeakers.length; r++) rowStart[r + 1] = (rowStart[r] ?? 0) + (rowSizes[r] ?? 0);
  const next = rowStart.slice(0, rowSpeakers.length);
  const ids = new Int32Array(cellCount);
  const scores = new Float64Array(cellCount);
  const statementCounts = new Int32Array(rowSpeakers.length);
  const { counts, totals } = counted;
  for (let k = 0; k < cellCount; k++) {
    const cell = byColumn[k] ?? 0;
    const row = rowOf[cellSpeaker[cell] ?? 0] ?? 0;
    const at = next[row] ?? 0;
    next[row] = at + 1;
    ids[at] = columnOf[cellTopic[cell] ?? 0] ?? 0;
    // The mean score, favor +1 to against -1, summed in STANCES order.
    let sum = 0;
    let total = 0;
    for (let j = 0; j < STANCES.length; j++) {
      const n = counts[cell * STANCES.length + j] ?? 0;
      sum += (STANCE_SCORES[j] ?? 0) * n;
      total += n;
    }
    scores[at] = sum / total;
    statementCounts[row] = (statementCounts[row] ?? 0) + (totals[cell] ?? 0);
  }
  const own: Scores[] = [];
  for (let r = 0; r < rowSpeakers.length; r++) {
    const from = rowStart[r] ?? 0;
    const to = rowStart[r + 1] ?? 0;
    own.push({ ids: ids.subarray(from, to), scores: scores.subarray(from, to) });
  }

  return {
    speakers: orderScoredByAgreement(rowSpeakers, statementCounts, own, topicOrder.length),
    topics: topicOrder.map((t) => records.topics[t] as Topic),
    cell: matrixCellReader(records, columns, counted),
  };
}

/** Each stance's score, in STANCES order. */
const STANCE_SCORES = Float64Array.from(STANCES, stanceScore);

/** The cells 0..count-1 ordered by column (`columnOf[topic[cell]]`, 0..columns-1), stably: a counting sort. */
function bucket(count: number, columns: number, topic: Int32Array, columnOf: Int32Array): Int32Array {
  const starts = new Int32Array(columns + 1);
  for (let i = 0; i < count; i++) {
    const k = (columnOf[topic[i] ?? 0] ?? 0) + 1;
    starts[k] = (starts[k] ?? 0) + 1;
  }
  for (let k = 0; k < columns; k++) starts[k + 1] = (starts[k + 1] ?? 0) + (starts[k] ?? 0);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const k = columnOf[topic[i] ?? 0] ?? 0;
    out[starts[k] ?? 0] = i;
    starts[k] = (starts[k] ?? 0) + 1;
  }
  return out;
}
