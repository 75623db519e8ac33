import { Dexie } from 'dexie';
import type { AgreementCoder } from '../../core/agreement/projectCoding';
import type { GoldStatement } from '../../core/curation/goldStatement';
import type { Article } from '../../core/model/article';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import type { TeamGoldRecord, TeamProjectRecord } from '../database/teamRecords';
import { projectCoders } from './projectCoders';

/** What the Curation view reads of one project article: every coder's statements, its gold, the names they use. */
export interface CurationData {
  project: TeamProjectRecord;
  article: Article;
  coders: AgreementCoder[];
  statements: { coderId: string; statement: Statement }[];
  gold: GoldStatement[];
  /** The library's speakers and topics, with those only the layers name. */
  speakers: Speaker[];
  topics: Topic[];
}

/** One project article for curation; undefined when the project is not joined here or the article is not its. */
export function readCuration(
  db: QuotemarkDatabase,
  projectId: string,
  articleId: string,
): Promise<CurationData | undefined> {
  return db.transaction(
    'r',
    [db.teamProjects, db.teamLayers, db.teamGold, db.articles, db.statements, db.speakers, db.topics],
    async () => {
      const [project, article] = await Promise.all([db.teamProjects.get(projectId), db.articles.get(articleId)]);
      if (!project || article?.projectId !== projectId) return undefined;
      const [mine, layers, gold, speakers, topics] = await Promise.all([
        db.statements.where('articleId').equals(articleId).toArray(),
        db.teamLayers.where('[projectId+articleId]').equals([projectId, articleId]).toArray(),
        db.teamGold.where('[projectId+articleId]').equals([projectId, articleId]).toArray(),
        db.speakers.toArray(),
        db.topics.toArray(),
      ]);
      const { coders, others, statements } = projectCoders(project, mine, layers);
      const addMissing = <T extends { id: string }>(into: T[], from: readonly T[]) => {
        const ids = new Set(into.map((r) => r.id));
        for (const record of from) if (!ids.has(record.id)) into.push(record);
      };
      for (const layer of others) {
        addMissing(speakers, layer.speakers);
        addMissing(topics, layer.topics);
      }
      return {
        project,
        article,
        coders,
        statements,
        gold: gold.map(withoutProject),
        speakers,
        topics,
      };
    },
  );
}

/**
 * Keep a curated statement in the project's gold layer (the sync client
 * carries it into the gold document), with the speaker and topic it names
 * when the library lacks them (another coder made them in their layer):
 * one transaction. Works offline; it syncs when the project does.
 */
export async function saveGold(
  db: QuotemarkDatabase,
  projectId: string,
  gold: GoldStatement,
  named: { speaker?: Speaker | undefined; topic?: Topic | undefined },
): Promise<void> {
  await db.transaction('rw', [db.teamGold, db.speakers, db.topics], async () => {
    if (named.speaker && !(await db.speakers.get(named.speaker.id))) await db.speakers.add(named.speaker);
    if (named.topic && !(await db.topics.get(named.topic.id))) await db.topics.add(named.topic);
    await db.teamGold.put({ ...gold, projectId });
  });
}

/** Every gold statement of a project (rejected units included), by article. */
export function listProjectGold(db: QuotemarkDatabase, projectId: string): Promise<TeamGoldRecord[]> {
  return db.teamGold
    .where('[projectId+articleId]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .toArray();
}

/** Every gold statement of every joined project (the Stances view's "Use gold layer"). */
export function listAllGold(db: QuotemarkDatabase): Promise<GoldStatement[]> {
  return db.teamGold.toArray().then((rows) => rows.map(withoutProject));
}

function withoutProject(row: TeamGoldRecord): GoldStatement {
  const gold: Partial<TeamGoldRecord> = { ...row };
  delete gold.projectId;
  return gold as GoldStatement;
}

/** What "Export gold" writes from: a project's gold statements, its articles, and the speakers and topics known here. */
export function readGoldExport(
  db: QuotemarkDatabase,
  projectId: string,
): Promise<{ gold: GoldStatement[]; sources: { articles: Article[]; speakers: Speaker[]; topics: Topic[] } }> {
  return db.transaction('r', [db.teamGold, db.articles, db.speakers, db.topics], async () => {
    const gold = (await listProjectGold(db, projectId)).map(withoutProject);
    const articleIds = [...new Set(gold.map((g) => g.articleId))];
    const [articles, speakers, topics] = await Promise.all([
      db.articles.bulkGet(articleIds),
      db.speakers.toArray(),
      db.topics.toArray(),
    ]);
    return { gold, sources: { articles: articles.filter((a): a is Article => a !== undefined), speakers, topics } };
  });
}
