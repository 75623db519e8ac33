import { Dexie } from 'dexie';
import type { Article } from '../../core/model/article';
import { err, ok, type Result } from '../../core/result';
import type { JoinInvitation } from '../../core/team/joinLink';
import { tokenExpired } from '../../core/team/inviteToken';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { projectDocPrefix } from './projectDocPrefix';
import { outboxRow } from '../database/teamOutboxMiddleware';
import type { TeamProjectRecord } from '../database/teamRecords';
import { TEAM_TABLES } from './teamTables';

/** Why joining was refused (the UI words it). */
export type JoinProblem = 'expired-token' | 'joined-as-another-coder';

/**
 * Join a project with a join link's invitation: the project's row, which
 * the sync client follows. Joining again with a new link (a renewed
 * invitation) replaces the token; one browser takes part in a project as
 * one coder.
 */
export async function joinProject(
  db: QuotemarkDatabase,
  invitation: JoinInvitation,
  now = new Date(),
): Promise<Result<TeamProjectRecord, JoinProblem>> {
  const { payload } = invitation;
  if (tokenExpired(payload, now.getTime())) return err('expired-token');
  return db.transaction('rw', db.teamProjects, async () => {
    const existing = await db.teamProjects.get(payload.projectId);
    if (existing && existing.coderId !== payload.coderId) return err('joined-as-another-coder' as const);
    const row: TeamProjectRecord = {
      projectId: payload.projectId,
      projectName: payload.projectName,
      server: invitation.server,
      token: invitation.token,
      coderId: payload.coderId,
      coderName: payload.coderName,
      role: payload.role,
      expiresAt: new Date(payload.exp * 1000).toISOString(),
      joinedAt: existing?.joinedAt ?? now.toISOString(),
      coders: existing?.coders ?? [],
      settings: existing?.settings ?? null,
    };
    await db.teamProjects.put(row);
    return ok(row);
  });
}

/**
 * Leave a project: its documents, layers, gold and status go from this device.
 * Its articles and my statements stay as local ones, unless `deleteCopy`
 * asks to delete them too. Nothing of it reaches the server: this is the
 * sync client's own transaction (see TEAM_TABLES).
 */
export async function leaveProject(db: QuotemarkDatabase, projectId: string, deleteCopy: boolean): Promise<void> {
  await db.transaction('rw', TEAM_TABLES(db), async () => {
    await db.teamProjects.delete(projectId);
    await db.teamStatus.delete(projectId);
    await db.teamPending.where('projectId').equals(projectId).delete();
    await db.teamLayers
      .where('[projectId+articleId]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
      .delete();
    await db.teamGold
      .where('[projectId+articleId]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
      .delete();
    await db.teamUpdates.where('doc').startsWith(projectDocPrefix(projectId)).delete();
    const articles = await db.articles.filter((a) => a.projectId === projectId).toArray();
    if (deleteCopy) {
      await db.statements
        .where('articleId')
        .anyOf(articles.map((a) => a.id))
        .delete();
      await db.articles.bulkDelete(articles.map((a) => a.id));
    } else {
      await db.articles.bulkPut(articles.map(localCopy));
    }
  });
}

/**
 * An owner's choice of blind coding (coders do not see each other's
 * layers) and of opening the layers once coding is done: kept on the
 * project's row until the sync client has written it into the codebook,
 * whose settings the server enforces.
 */
export async function chooseProjectSettings(
  db: QuotemarkDatabase,
  projectId: string,
  choice: { blindCoding: boolean; layersOpen: boolean },
): Promise<boolean> {
  return db.transaction('rw', db.teamProjects, async () => {
    const row = await db.teamProjects.get(projectId);
    const current = row?.settingsWanted ?? row?.settings;
    if (row?.role !== 'owner' || !current) return false;
    await db.teamProjects.update(projectId, { settingsWanted: { ...current, ...choice } });
    return true;
  });
}

export type ShareProblem = 'not-an-owner' | 'no-such-article' | 'already-shared';

/**
 * Share a local article with a project I own: it joins the project's
 * codebook, and my statements on it my layer (the sync client carries
 * them from the outbox). A deliberate act: nothing is shared otherwise.
 */
export async function shareArticle(
  db: QuotemarkDatabase,
  articleId: string,
  projectId: string,
): Promise<Result<Article, ShareProblem>> {
  return db.transaction('rw', [db.articles, db.statements, db.teamProjects, db.teamOutbox], async () => {
    const project = await db.teamProjects.get(projectId);
    if (project?.role !== 'owner') return err('not-an-owner' as const);
    const article = await db.articles.get(articleId);
    if (!article) return err('no-such-article' as const);
    if (article.projectId) return err('already-shared' as const);
    const shared: Article = { ...article, projectId };
    await db.articles.put(shared);
    const statementIds = await db.statements.where('articleId').equals(articleId).primaryKeys();
    await db.teamOutbox.bulkPut(statementIds.map((id) => outboxRow('statements', id)));
    return ok(shared);
  });
}

function localCopy(article: Article): Article {
  const local = { ...article };
  delete local.projectId;
  return local;
}
