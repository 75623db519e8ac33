import type * as Y from 'yjs';
import { ArticleSchema, type Article } from '../../core/model/article';
import { SpeakerSchema, type Speaker } from '../../core/model/speaker';
import { StatementSchema, type Statement } from '../../core/model/statement';
import { TopicSchema, type Topic } from '../../core/model/topic';
import { deleteRecord, writeRecord } from '../../core/team/recordMap';
import { codebookTable, layerTable } from '../../core/team/teamDocs';
import { FROM_LIBRARY } from './docOrigins';
import type { ProjectContext } from './ProjectContext';
import type { OpenDoc } from './ProjectDocs';

/** The speakers and topics a batch of statements names, as the library holds them. */
export interface NamedRecords {
  speakers: ReadonlyMap<string, Speaker>;
  topics: ReadonlyMap<string, Topic>;
}

const isOwner = (p: ProjectContext) => p.role === 'owner';
const stampOf = (record: object, now: number) =>
  'updatedAt' in record && typeof record.updatedAt === 'string' ? Date.parse(record.updatedAt) : now;

/**
 * Carry one of my statements into my layer on its article, when the article
 * is one of the project's. Its speaker and topic go along when the codebook
 * lacks them: into the codebook when I own the project, else into my layer
 * (see teamDocs LAYER_TABLES). Returns whether the statement is the project's.
 */
export function carryStatement(p: ProjectContext, statement: Statement, named: NamedRecords, now: number): boolean {
  const codebook = p.codebook();
  if (!codebookTable(codebook, 'articles').has(statement.articleId)) return false;
  const layer = p.myLayer(statement.articleId);
  if (!layer) return false;
  const by = { by: p.coderId, now: stampOf(statement, now) };
  const speaker = statement.speakerId === null ? undefined : named.speakers.get(statement.speakerId);
  const topic = statement.topicId === undefined ? undefined : named.topics.get(statement.topicId);
  // The registry entries first, so no reader meets a statement naming a speaker it cannot find.
  const shared = isOwner(p) ? codebook : layer.doc;
  shared.transact(() => {
    if (speaker && !codebookTable(codebook, 'speakers').has(speaker.id))
      writeRecord(shared.getMap('speakers'), SpeakerSchema, speaker, { by: p.coderId, now: stampOf(speaker, now) });
    if (topic && !codebookTable(codebook, 'topics').has(topic.id))
      writeRecord(shared.getMap('topics'), TopicSchema, topic, { by: p.coderId, now });
  }, FROM_LIBRARY);
  layer.doc.transact(() => writeRecord(layerTable(layer.doc), StatementSchema, statement, by), FROM_LIBRARY);
  return true;
}

/** A statement of mine deleted from the library leaves the layer that holds it. */
export function carryStatementDeletion(p: ProjectContext, id: string): boolean {
  const holder = p.myLayers().find((layer) => layerTable(layer.doc).has(id));
  if (!holder) return false;
  holder.doc.transact(() => deleteRecord(layerTable(holder.doc), id), FROM_LIBRARY);
  return true;
}

/** An owner's edit of a project article (details, text) goes to the codebook, without its projectId: the document is the project. */
export function carryArticle(p: ProjectContext, id: string, article: Article | undefined): boolean {
  if (!isOwner(p)) return false;
  const codebook = p.codebook();
  const articles = codebookTable(codebook, 'articles');
  if (article?.projectId === p.projectId) {
    const shared = { ...article };
    delete shared.projectId;
    codebook.transact(
      () => writeRecord(articles, ArticleSchema, shared, { by: p.coderId, now: stampOf(article, 0) }),
      FROM_LIBRARY,
    );
    return true;
  }
  if (article === undefined && articles.has(id)) {
    codebook.transact(() => deleteRecord(articles, id), FROM_LIBRARY);
    return true;
  }
  return false;
}

/**
 * An edit of a speaker or topic goes wherever the project holds it: the
 * codebook (when I own the project) and my layers that carry it. A speaker
 * or topic deleted here is left in place: others' statements may name it.
 */
export function carryRegistryRecord(
  p: ProjectContext,
  table: 'speakers' | 'topics',
  record: Speaker | Topic | undefined,
  now: number,
): boolean {
  if (!record) return false;
  const write = (doc: Y.Doc) =>
    doc.transact(() => {
      const map = doc.getMap(table) as Y.Map<Y.Map<unknown>>;
      const stamp = { by: p.coderId, now: stampOf(record, now) };
      if (table === 'speakers') writeRecord(map, SpeakerSchema, record as Speaker, stamp);
      else writeRecord(map, TopicSchema, record as Topic, stamp);
    }, FROM_LIBRARY);
  let carried = false;
  const codebook = p.codebook();
  if (isOwner(p) && codebook.getMap(table).has(record.id)) {
    write(codebook);
    carried = true;
  }
  const holders: OpenDoc[] = p.myLayers().filter((layer) => layer.doc.getMap(table).has(record.id));
  for (const layer of holders) write(layer.doc);
  return carried || holders.length > 0;
}
