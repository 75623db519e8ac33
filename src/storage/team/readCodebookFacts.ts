import type * as Y from 'yjs';
import { CoderSchema } from '../../core/team/coder';
import { ProjectSettingsSchema } from '../../core/team/projectSettings';
import { readRecord, readRecords } from '../../core/team/recordMap';
import { codebookTable } from '../../core/team/teamDocs';
import type { TeamProjectRecord } from '../database/teamRecords';

/** What the codebook says of the project itself: its coders and its settings, kept on the project's row. */
export function readCodebookFacts(codebook: Y.Doc, projectId: string): Pick<TeamProjectRecord, 'coders' | 'settings'> {
  const settings = readRecord(codebookTable(codebook, 'settings'), ProjectSettingsSchema, projectId);
  return {
    coders: readRecords(codebookTable(codebook, 'coders'), CoderSchema).records,
    settings: settings?.ok ? settings.value : null,
  };
}
