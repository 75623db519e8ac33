import { csvText } from '../../core/exchange/csvText';
import { STANCES } from '../../core/model/statement';
import { cellKey, type StanceMatrix } from '../../core/review/stanceMatrix';

/** The columns of the matrix CSV, in order. */
export const MATRIX_CSV_FIELDS = ['speaker', 'topic', ...STANCES, 'total'] as const;

/** The matrix as shown (filters applied, rows in table order): one CSV row per non-empty cell. */
export function matrixCsv(matrix: StanceMatrix): string {
  const rows = matrix.speakers.flatMap((speaker) =>
    matrix.topics.flatMap((topic) => {
      const cell = matrix.cells[cellKey(speaker.id, topic.id)];
      return cell ? [[speaker.name, topic.label, ...STANCES.map((stance) => cell.counts[stance]), cell.total]] : [];
    }),
  );
  return csvText(MATRIX_CSV_FIELDS, rows);
}
