import type { LibraryRecords } from '../model/envelope';
import type { Placement } from './ImportPlan';

/**
 * A file read and checked, ready to plan: its records (statements that
 * cannot be placed left out), how its anchors were placed, and where each
 * statement is in the file, for the preview to name.
 */
export interface IncomingFile {
  incoming: LibraryRecords;
  placement: Placement;
  statementPaths: Map<string, string>;
}
