import type * as Y from 'yjs';
import type { TeamRole } from '../../core/team/teamRoles';
import type { OpenDoc } from './ProjectDocs';

/** What carrying library records into a project, and mirroring them back, needs of the project. */
export interface ProjectContext {
  projectId: string;
  coderId: string;
  role: TeamRole;
  /** The project's codebook document. */
  codebook(): Y.Doc;
  /** My layer on an article, opened (and sent to the server) if need be; null when I may not write one. */
  myLayer(articleId: string): OpenDoc | null;
  /** Every layer of mine open now. */
  myLayers(): OpenDoc[];
  /** The gold document of an article, opened if need be; null when I may not write it (not an owner). */
  goldToWrite(articleId: string): OpenDoc | null;
}
