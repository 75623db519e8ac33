import { Dexie } from 'dexie';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import type { TeamLayerRecord, TeamProjectRecord, TeamStatusRecord } from '../database/teamRecords';

/** A joined project as the Team section shows it: its row, its status, and how many changes its server has yet to confirm. */
export interface TeamProjectView {
  project: TeamProjectRecord;
  status: TeamStatusRecord | undefined;
  /** Changes made here that the server has not yet confirmed it stored. */
  pending: number;
}

/** Every joined project with its status, by name. */
export function listTeamProjects(db: QuotemarkDatabase): Promise<TeamProjectView[]> {
  return db.transaction('r', [db.teamProjects, db.teamStatus, db.teamPending], async () => {
    const projects = await db.teamProjects.toArray();
    return Promise.all(
      projects
        .sort((a, b) => a.projectName.localeCompare(b.projectName))
        .map(async (project) => ({
          project,
          status: await db.teamStatus.get(project.projectId),
          pending: await db.teamPending.where('projectId').equals(project.projectId).count(),
        })),
    );
  });
}

/** The other coders' layers on one article of a project (read-only copies). */
export function listArticleLayers(
  db: QuotemarkDatabase,
  projectId: string,
  articleId: string,
): Promise<TeamLayerRecord[]> {
  return db.teamLayers.where('[projectId+articleId]').equals([projectId, articleId]).toArray();
}

/** Every other coder's layer in every joined project (for the "All coders" exports). */
export function listAllLayers(db: QuotemarkDatabase): Promise<TeamLayerRecord[]> {
  return db.teamLayers
    .where('[projectId+articleId]')
    .between([Dexie.minKey, Dexie.minKey], [Dexie.maxKey, Dexie.maxKey])
    .toArray();
}
