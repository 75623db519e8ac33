import type { LibraryRecords } from '../model/envelope';
import { STANCES } from '../model/statement';
import { compareByLabel } from '../review/compareByLabel';
import { compareByName } from '../review/compareByName';
import type { CountOptions } from '../review/countedStatements';
import { stanceMatrix, type StanceMatrix } from '../review/stanceMatrix';
import { csvText, type CsvCell } from './csvText';

/** The columns of the stance table CSV (and of the Stances view's matrix CSV), in order. */
export const STANCE_TABLE_FIELDS = ['speaker', 'topic', ...STANCES, 'total'] as const;

/** One row per non-empty cell of the matrix, in its row then column order. */
export function stanceTableRows(matrix: StanceMatrix): CsvCell[][] {
  return matrix.speakers.flatMap((speaker) =>
    matrix.topics.flatMap((topic) => {
      const cell = matrix.cell(speaker.id, topic.id);
      return cell ? [[speaker.name, topic.label, ...STANCES.map((stance) => cell.counts[stance]), cell.total]] : [];
    }),
  );
}

/**
 * A speaker × topic table counting statements per stance: the cells of the
 * Stances view's matrix (stanceMatrix, unfiltered), so the file says what
 * the screen says. Pending suggestions count only when `counting` asks.
 * Rows are ordered by speaker then topic name, for a reader of the file.
 */
export function toStanceTableCsv(records: LibraryRecords, counting: CountOptions = {}): string {
  const matrix = stanceMatrix(records, undefined, counting);
  const byName: StanceMatrix = {
    ...matrix,
    speakers: [...matrix.speakers].sort(compareByName),
    topics: [...matrix.topics].sort(compareByLabel),
  };
  return csvText(STANCE_TABLE_FIELDS, stanceTableRows(byName));
}
