import type { Table } from 'dexie';
import { EnvelopeJsonWriter } from '../../core/exchange/EnvelopeJsonWriter';
import { compareIds } from '../../core/text/compareIds';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { exportItems, type ExportItem, type StatementPackRecord } from '../derived/StatementPackRecord';

export interface WriteLibraryJsonOptions {
  /** Up to this many statements are read from their packs and sorted in memory; more are read record by record. */
  inMemoryStatements?: number;
  /** Records per read (articles are read a tenth as many at a time: each carries its text). */
  pageSize?: number;
}

// In id order (compareIds), the order of the statements table's keys: the file is the same whichever copy was read.
const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);

/**
 * The whole library as the native JSON export (the text exportLibrary's
 * envelope gives through `JSON.stringify(…, null, 2)`), handed to `write`
 * a piece at a time. One read transaction over all the tables, so a
 * statement is never exported without its speaker or article because a
 * write slipped in between two reads; `write` must therefore not wait.
 *
 * Reads go in pages, the next asked for before the last is turned into
 * text, so this thread writes while IndexedDB reads. Up to
 * `inMemoryStatements` statements come from the statement packs (a few
 * strings instead of a record per statement, already in the file's text:
 * see exportItems) and are sorted in memory.
 * Beyond that, or should the packs hold another number of statements than
 * the table (a bug in keeping them), the statement records are read a page
 * at a time in key order, which is id order: slower, but what the page
 * holds at once stays the same however large the library grows.
 */
export async function writeLibraryJson(
  db: QuotemarkDatabase,
  write: (chunk: string) => void,
  now: Date = new Date(),
  { inMemoryStatements = 20_000, pageSize = 200 }: WriteLibraryJsonOptions = {},
): Promise<void> {
  const tables = [db.articles, db.speakers, db.topics, db.statements, db.statementPacks] as const;
  await db.transaction('r', tables, async (tx) => {
    // Tables bound to the transaction: an await of a plain promise (readPacks) may leave Dexie's zone.
    const [articles, speakers, topics, statements, packs] = tables.map((table) => tx.table(table.name)) as [
      ...typeof tables,
    ];
    const writer = new EnvelopeJsonWriter(write, now);
    // Every read is asked for at once; IndexedDB serves them in turn while this thread writes what has come.
    const counted = statements.count();
    const [speakerList, topicList] = [speakers.toArray(), topics.toArray()];
    const articlesWritten = eachPage(articles, Math.max(1, Math.floor(pageSize / 10)), (page) =>
      writer.add('articles', page),
    );
    const count = await counted;
    const packed = count <= inMemoryStatements ? readPacks(packs, pageSize) : Promise.resolve(null);
    await articlesWritten;
    writer.add('speakers', await speakerList);
    writer.add('topics', await topicList);
    const unpacked = await packed;
    if (unpacked?.length === count) {
      unpacked.sort(byId);
      for (let at = 0; at < unpacked.length; at += pageSize)
        writer.addItems(
          'statements',
          unpacked.slice(at, at + pageSize).map((item) => item.text),
        );
    } else {
      await eachPage(statements, pageSize, (page) => writer.add('statements', page));
    }
    writer.end();
  });
}

/**
 * Every statement of the packs, as the file lists them, page by page as
 * they come in (while IndexedDB reads the next): only ids and text are
 * kept, and ordering them is all that is left once the last comes.
 */
async function readPacks(packs: Table<StatementPackRecord, string>, pageSize: number): Promise<ExportItem[]> {
  const items: ExportItem[] = [];
  await eachPage(packs, pageSize, (page) => {
    for (const pack of page) for (const item of exportItems(pack)) items.push(item);
  });
  return items;
}

// Pages asked for ahead of the one being written: enough to keep IndexedDB busy, few enough to hold little.
const PAGES_AHEAD = 4;

/**
 * Read a table in key order, `size` records at a time. Its keys come first
 * (one request), so the pages can be asked for a few ahead without waiting
 * for each other: on a busy machine a round trip to IndexedDB can cost more
 * than the page it brings.
 */
async function eachPage<T>(table: Table<T, string>, size: number, take: (page: T[]) => void): Promise<void> {
  const keys = await table.toCollection().primaryKeys();
  const pages = new Map<number, Promise<T[]>>();
  const ask = (page: number) => {
    const first = keys[page * size];
    const last = keys[Math.min(keys.length, (page + 1) * size) - 1];
    if (first !== undefined && last !== undefined)
      pages.set(page, table.where(':id').between(first, last, true, true).toArray());
  };
  const count = Math.ceil(keys.length / size);
  for (let page = 0; page < Math.min(count, PAGES_AHEAD); page++) ask(page);
  for (let page = 0; page < count; page++) {
    ask(page + PAGES_AHEAD);
    take(await (pages.get(page) ?? []));
    pages.delete(page);
  }
}
