import { Dexie } from 'dexie';
import type { ProjectCoding } from '../../core/agreement/projectCoding';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { projectCoders } from './projectCoders';

/**
 * Every coder's statements on a project's articles, for the agreement
 * report (core/agreement/projectAgreement): the person's own from the
 * library, the others' from their layers (read-only copies), with the names
 * of the speakers and topics any of them named. undefined when the project
 * is not joined here.
 */
export async function readProjectCoding(db: QuotemarkDatabase, projectId: string): Promise<ProjectCoding | undefined> {
  return db.transaction(
    'r',
    [db.teamProjects, db.teamLayers, db.articles, db.statements, db.speakers, db.topics],
    async () => {
      const project = await db.teamProjects.get(projectId);
      if (!project) return undefined;
      const articles = (await db.articles.toArray()).filter((a) => a.projectId === projectId);
      const articleIds = articles.map((a) => a.id);
      const [mine, layers, speakers, topics] = await Promise.all([
        db.statements.where('articleId').anyOf(articleIds).toArray(),
        db.teamLayers
          .where('[projectId+articleId]')
          .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
          .toArray(),
        db.speakers.toArray(),
        db.topics.toArray(),
      ]);
      const { coders, others, statements } = projectCoders(project, mine, layers);
      const speakerNames = new Map(speakers.map((s) => [s.id, s.name]));
      const topicLabels = new Map(topics.map((t) => [t.id, t.label]));
      for (const layer of others) {
        for (const s of layer.speakers) if (!speakerNames.has(s.id)) speakerNames.set(s.id, s.name);
        for (const t of layer.topics) if (!topicLabels.has(t.id)) topicLabels.set(t.id, t.label);
      }
      return {
        coders,
        articles: articles.map((a) => ({ id: a.id, title: a.title, textLength: a.text.length })),
        statements,
        speakerNames,
        topicLabels,
      };
    },
  );
}
