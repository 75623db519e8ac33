import type * as Y from 'yjs';
import { recordsEqual } from '../../core/history/recordsEqual';
import { ArticleSchema, type Article } from '../../core/model/article';
import { SpeakerSchema } from '../../core/model/speaker';
import { StatementSchema, type Statement } from '../../core/model/statement';
import { TopicSchema } from '../../core/model/topic';
import type { TeamDocRef } from '../../core/team/documentNames';
import { readRecord, readRecords, type RecordSchema } from '../../core/team/recordMap';
import { codebookTable, layerTable } from '../../core/team/teamDocs';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import type { ChangedRecords } from './ProjectDocs';
import { outboxKey, type MirroredTable, type TeamGoldRecord, type TeamLayerRecord } from '../database/teamRecords';
import { GoldStatementSchema } from '../../core/curation/goldStatement';

type Map2 = Y.Map<Y.Map<unknown>>;

/**
 * What the server changed in a project's documents, written into the
 * library. These run inside the sync client's own transaction (one that
 * takes teamUpdates), so the outbox does not note them and nothing echoes.
 * A record with a library write not yet carried is left alone: the write
 * is newer, and carrying it settles the field cells.
 */
export async function mirrorCodebook(
  db: QuotemarkDatabase,
  projectId: string,
  doc: Y.Doc,
  changed: ChangedRecords,
): Promise<void> {
  const articles = codebookTable(doc, 'articles');
  const ids = await notWaiting(db, 'articles', [...(changed.get('articles') ?? [])]);
  if (ids.length > 0) {
    const existing = await db.articles.bulkGet(ids);
    const puts: Article[] = [];
    ids.forEach((id, i) => {
      const before = existing[i];
      const read = readRecord(articles, ArticleSchema, id);
      if (read === null) {
        // Gone from the project: the article stays on this device, as a local one.
        if (before?.projectId === projectId) puts.push(withoutProject(before));
      } else if (read.ok) {
        const next: Article = { ...read.value, projectId };
        if (!before || !recordsEqual(before, next)) puts.push(next);
      }
    });
    if (puts.length > 0) await db.articles.bulkPut(puts);
  }
  await mirrorRegistry(db, doc, 'speakers', changed);
  await mirrorRegistry(db, doc, 'topics', changed);
}

/** My own layer (written on another device, or read back by a fresh one): into the statements table. */
export async function mirrorMyLayer(
  db: QuotemarkDatabase,
  ref: Extract<TeamDocRef, { kind: 'layer' }>,
  doc: Y.Doc,
  changed: ChangedRecords,
): Promise<void> {
  await mirrorRegistry(db, doc, 'speakers', changed);
  await mirrorRegistry(db, doc, 'topics', changed);
  const ids = await notWaiting(db, 'statements', [...(changed.get('statements') ?? [])]);
  if (ids.length === 0) return;
  const table = layerTable(doc);
  const existing = await db.statements.bulkGet(ids);
  const puts: Statement[] = [];
  const deletes: string[] = [];
  ids.forEach((id, i) => {
    const before = existing[i];
    const read = readRecord(table, StatementSchema, id);
    if (read === null) {
      if (before?.articleId === ref.articleId) deletes.push(id);
    } else if (read.ok && read.value.articleId === ref.articleId && !(before && recordsEqual(before, read.value))) {
      puts.push(read.value);
    }
  });
  if (puts.length > 0) await db.statements.bulkPut(puts);
  if (deletes.length > 0) await db.statements.bulkDelete(deletes);
}

/** Another coder's layer: kept whole, read-only, beside the library. */
export function othersLayerRecord(
  name: string,
  ref: Extract<TeamDocRef, { kind: 'layer' }>,
  doc: Y.Doc,
): TeamLayerRecord {
  return {
    doc: name,
    projectId: ref.projectId,
    articleId: ref.articleId,
    coderId: ref.coderId,
    statements: readRecords(layerTable(doc), StatementSchema).records.filter((s) => s.articleId === ref.articleId),
    speakers: readRecords(layerTable(doc, 'speakers'), SpeakerSchema).records,
    topics: readRecords(layerTable(doc, 'topics'), TopicSchema).records,
  };
}

/**
 * A gold layer: its statements into teamGold (each with the project), its
 * speakers and topics into the library, as for my own layer. A gold row
 * curated here and not yet carried is left alone: it is newer.
 */
export async function mirrorGold(
  db: QuotemarkDatabase,
  ref: Extract<TeamDocRef, { kind: 'gold' }>,
  doc: Y.Doc,
  changed: ChangedRecords,
): Promise<void> {
  await mirrorRegistry(db, doc, 'speakers', changed);
  await mirrorRegistry(db, doc, 'topics', changed);
  const ids = await notWaiting(db, 'teamGold', [...(changed.get('statements') ?? [])]);
  if (ids.length === 0) return;
  const table = layerTable(doc);
  const puts: TeamGoldRecord[] = [];
  const deletes: string[] = [];
  for (const id of ids) {
    const read = readRecord(table, GoldStatementSchema, id);
    if (read === null) deletes.push(id);
    else if (read.ok && read.value.articleId === ref.articleId) puts.push({ ...read.value, projectId: ref.projectId });
  }
  if (puts.length > 0) await db.teamGold.bulkPut(puts);
  if (deletes.length > 0) await db.teamGold.bulkDelete(deletes);
}

/** Speakers and topics: put when new or changed; one removed from a document stays in the library. */
async function mirrorRegistry(
  db: QuotemarkDatabase,
  doc: Y.Doc,
  table: 'speakers' | 'topics',
  changed: ChangedRecords,
): Promise<void> {
  const ids = await notWaiting(db, table, [...(changed.get(table) ?? [])]);
  if (ids.length === 0) return;
  const map = doc.getMap(table) as Map2;
  const schema = (table === 'speakers' ? SpeakerSchema : TopicSchema) as RecordSchema<{ id: string }>;
  const existing = await db.table(table).bulkGet(ids);
  const puts = ids.flatMap((id, i) => {
    const read = readRecord(map, schema, id);
    return read?.ok && !recordsEqual(existing[i], read.value) ? [read.value] : [];
  });
  if (puts.length > 0) await db.table(table).bulkPut(puts);
}

/** The ids without a library write still waiting in the outbox. */
async function notWaiting(db: QuotemarkDatabase, table: MirroredTable, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return ids;
  const rows = await db.teamOutbox.bulkGet(ids.map((id) => outboxKey(table, id)));
  return ids.filter((_, i) => rows[i] === undefined);
}

function withoutProject(article: Article): Article {
  const local = { ...article };
  delete local.projectId;
  return local;
}
