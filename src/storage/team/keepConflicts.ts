import type * as Y from 'yjs';
import { recordsEqual } from '../../core/history/recordsEqual';
import { codebookConflicts } from '../../core/team/codebookConflicts';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import type { TeamProjectRecord } from '../database/teamRecords';

/**
 * Keep the codebook's same-field conflicts on the project's row, for the
 * Team section to list (inside the pass's transaction). Called whenever the
 * codebook changed, from the server or by carrying a local edit: an edit
 * of a conflicting field here is what settles it. Not a table of its own:
 * a project has few of them, and the row is already what the section reads.
 */
export async function keepConflicts(db: QuotemarkDatabase, row: TeamProjectRecord, codebook: Y.Doc): Promise<void> {
  const conflicts = codebookConflicts(codebook);
  if (recordsEqual(row.conflicts ?? [], conflicts)) return;
  await db.teamProjects.update(row.projectId, { conflicts });
}
