import type { Speaker } from '../model/speaker';
import { STANCES } from '../model/statement';
import type { Topic } from '../model/topic';
import { compareByLabel } from './compareByLabel';
import type { CountOptions } from './countedStatements';
import { orderScoredByAgreement } from './orderByAgreement';
import { stanceColumns, type StanceColumnRecords, type StanceColumns } from './StanceColumns';
import { dominantStance, emptyStanceCounts, type DominantStance, type StanceCounts } from './stanceCounts';
import type { StanceRecords } from './StanceEntry';
import { stanceFilterMasks, type StanceFilters } from './StanceFilters';
import { stanceScore } from './stanceScore';
import { statementOrder } from './statementOrder';

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
  const counted = countCells(records, columns, filters);
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
    cell: cellReader(records, columns, counted),
  };
}

type Counted = ReturnType<typeof countCells>;

/**
 * One pass over the statements: which cell (speaker × topic, numbered in the
 * order first met) each that passes the filters falls in (-1 for none), the
 * cells' stance counts (five per cell, in STANCES order) and totals, each
 * cell's speaker and topic, and each topic's total.
 */
function countCells(records: StanceRecords | StanceColumnRecords, columns: StanceColumns, filters: StanceFilters) {
  const masks = stanceFilterMasks(records, filters, columns.articleIds);
  const n = columns.length;
  const topicCount = records.topics.length;
  const cellIndex = new Map<number, number>();
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
    const key = s * topicCount + t;
    let cell = cellIndex.get(key);
    if (cell === undefined) {
      cell = cellIndex.size;
      cellIndex.set(key, cell);
      cellSpeaker[cell] = s;
      cellTopic[cell] = t;
    }
    cellOf[i] = cell;
    const at = cell * STANCES.length + (stance[i] ?? 0);
    counts[at] = (counts[at] ?? 0) + 1;
    totals[cell] = (totals[cell] ?? 0) + 1;
    topicTotals[t] = (topicTotals[t] ?? 0) + 1;
  }
  return { cellIndex, cellCount: cellIndex.size, cellOf, cellSpeaker, cellTopic, counts, totals, topicTotals };
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

/**
 * A StanceMatrix's `cell`: finds the cell by number and makes its StanceCell
 * on first ask, with its statements in reading order (only that cell's few
 * are sorted); the statements of every cell are grouped once, on the first ask.
 */
function cellReader(
  records: StanceRecords | StanceColumnRecords,
  columns: StanceColumns,
  counted: Counted,
): StanceMatrix['cell'] {
  const speakerIndex = new Map(records.speakers.map((s, i) => [s.id, i]));
  const topicIndex = new Map(records.topics.map((t, i) => [t.id, i]));
  const topicCount = records.topics.length;
  const made = new Map<number, StanceCell>();
  let members: { starts: Int32Array; statements: Int32Array } | undefined;
  let inReadingOrder: ReturnType<typeof statementOrder> | undefined;
  return (speakerId, topicId) => {
    const s = speakerIndex.get(speakerId);
    const t = topicIndex.get(topicId);
    if (s === undefined || t === undefined) return undefined;
    const cell = counted.cellIndex.get(s * topicCount + t);
    if (cell === undefined) return undefined;
    const known = made.get(cell);
    if (known) return known;
    members ??= groupByCell(columns.length, counted);
    inReadingOrder ??= statementOrder(records);
    const placed = [];
    for (let k = members.starts[cell] ?? 0; k < (members.starts[cell + 1] ?? 0); k++) {
      const i = members.statements[k] ?? 0;
      const quote = { start: columns.start[i] ?? 0, end: columns.end[i] ?? 0 };
      placed.push({ id: columns.ids[i] ?? '', articleId: columns.articleIds[columns.article[i] ?? 0] ?? '', quote });
    }
    const counts = emptyStanceCounts();
    STANCES.forEach((stance, k) => (counts[stance] = counted.counts[cell * STANCES.length + k] ?? 0));
    const cellMade: StanceCell = {
      counts,
      total: counted.totals[cell] ?? 0,
      statementIds: placed.sort(inReadingOrder).map((p) => p.id),
      dominant: dominantStance(counts),
    };
    made.set(cell, cellMade);
    return cellMade;
  };
}

/** The statements of each counted cell: cell c's are statements[starts[c]..starts[c + 1]). */
function groupByCell(n: number, counted: Counted): { starts: Int32Array; statements: Int32Array } {
  const { cellOf, cellCount } = counted;
  const starts = new Int32Array(cellCount + 1);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i] ?? -1;
    if (c >= 0) starts[c + 1] = (starts[c + 1] ?? 0) + 1;
  }
  for (let c = 0; c < cellCount; c++) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
  const next = starts.slice(0, cellCount);
  const statements = new Int32Array(starts[cellCount] ?? 0);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i] ?? -1;
    if (c < 0) continue;
    statements[next[c] ?? 0] = i;
    next[c] = (next[c] ?? 0) + 1;
  }
  return { starts, statements };
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
