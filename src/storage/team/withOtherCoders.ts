import type { LibraryRecords } from '../../core/model/envelope';
import type { Statement } from '../../core/model/statement';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/** Records of every coder, and who coded each statement. */
export interface AllCoders {
  records: LibraryRecords;
  /** A statement's coder: the person's own name in the project, another coder's name; undefined for a local article's statement. */
  coderOf: (statement: Statement) => string | undefined;
}

/**
 * The person's records in scope with the other coders' statements on the
 * same articles added from their layers (and the speakers and topics those
 * name that the library lacks), for the exports' "All coders" option.
 */
export async function withOtherCoders(db: QuotemarkDatabase, mine: LibraryRecords): Promise<AllCoders> {
  const articleIds = new Set(mine.articles.map((a) => a.id));
  const [projects, layers] = await db.transaction('r', [db.teamProjects, db.teamLayers], () =>
    Promise.all([
      db.teamProjects.toArray(),
      db.teamLayers
        .where('[projectId+articleId]')
        .anyOf(mine.articles.flatMap((a) => (a.projectId ? [[a.projectId, a.id]] : [])))
        .toArray(),
    ]),
  );
  const inScope = layers.filter((layer) => articleIds.has(layer.articleId));
  const coderNames = new Map(projects.flatMap((p) => p.coders.map((c) => [`${p.projectId}/${c.id}`, c.name] as const)));
  const myName = new Map(projects.map((p) => [p.projectId, p.coderName]));
  const projectOf = new Map(mine.articles.map((a) => [a.id, a.projectId]));
  const byStatement = new Map<string, string>();
  for (const layer of inScope)
    for (const s of layer.statements)
      byStatement.set(s.id, coderNames.get(`${layer.projectId}/${layer.coderId}`) ?? 'Another coder');
  const speakers = new Map(mine.speakers.map((s) => [s.id, s]));
  const topics = new Map(mine.topics.map((t) => [t.id, t]));
  for (const layer of inScope) {
    for (const s of layer.speakers) if (!speakers.has(s.id)) speakers.set(s.id, s);
    for (const t of layer.topics) if (!topics.has(t.id)) topics.set(t.id, t);
  }
  return {
    records: {
      articles: mine.articles,
      speakers: [...speakers.values()],
      topics: [...topics.values()],
      statements: [...mine.statements, ...inScope.flatMap((layer) => layer.statements)],
    },
    coderOf: (statement) => {
      const project = projectOf.get(statement.articleId);
      return byStatement.get(statement.id) ?? (project ? myName.get(project) : undefined);
    },
  };
}
