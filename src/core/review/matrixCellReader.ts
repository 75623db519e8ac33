import { STANCES } from '../model/statement';
import type { CountedCells } from './countStanceCells';
import type { StanceColumnRecords, StanceColumns } from './StanceColumns';
import { dominantStance, emptyStanceCounts } from './stanceCounts';
import type { StanceRecords } from './StanceEntry';
import type { StanceCell, StanceMatrix } from './stanceMatrix';
import { statementOrder } from './statementOrder';

/**
 * A StanceMatrix's `cell`: finds the cell by number and makes its StanceCell
 * on first ask, with its statements in reading order (only that cell's few
 * are sorted); the statements of every cell are grouped once, on the first ask.
 */
export function matrixCellReader(
  records: StanceRecords | StanceColumnRecords,
  columns: StanceColumns,
  counted: CountedCells,
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
    if (cell < 0) return undefined;
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
function groupByCell(n: number, counted: CountedCells): { starts: Int32Array; statements: Int32Array } {
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
