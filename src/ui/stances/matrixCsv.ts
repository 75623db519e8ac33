import { csvText } from '../../core/exchange/csvText';
import { STANCE_TABLE_FIELDS, stanceTableRows } from '../../core/exchange/toStanceTableCsv';
import type { StanceMatrix } from '../../core/review/stanceMatrix';

/** The columns of the matrix CSV, in order: those of the stance table. */
export const MATRIX_CSV_FIELDS = STANCE_TABLE_FIELDS;

/** The matrix as shown (filters applied, rows in table order): one CSV row per non-empty cell. */
export function matrixCsv(matrix: StanceMatrix): string {
  return csvText(MATRIX_CSV_FIELDS, stanceTableRows(matrix));
}
