import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Article } from '../core/model/article';
import type { Statement } from '../core/model/statement';
import { stanceEntryOf } from '../core/review/StanceEntry';
import { StanceIndexChanges } from './StanceIndexChanges';
import { articleInfoOf, packedEntriesByArticle, STANCE_INDEX, STANCE_INDEX_SHARDS, type StanceIndexRecord } from './StanceIndexRecord';

const ARTICLES = 'articles';
const STATEMENTS = 'statements';
const ALL_SHARDS = Array.from({ length: STANCE_INDEX_SHARDS }, (_, shard) => shard);
/** Every key: Dexie's own AnyRange (DBCoreRangeType.Any is a const enum, out of reach here). */
const ANY_KEY: DBCoreKeyRange = { type: 3, lower: -Infinity, upper: [[]] };

/**
 * Keeps the stance index (see StanceIndexRecord) equal to what the articles
 * and statements tables hold. It sits in Dexie's DBCore stack, under every
 * write path: each read-write transaction over either table also takes the
 * index, and each write to them updates the index rows of the articles it
 * touched before the transaction can commit, so they never disagree, even
 * across a crash. Above Dexie's own middlewares, so live queries of the
 * index see its writes.
 */
export const stanceIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'StanceIndex',
  create: (down) => {
    // Absent while an older version is upgraded; its upgrade() builds the index whole.
    if (!down.schema.tables.some((table) => table.name === STANCE_INDEX)) return down;
    const indexed = (stores: string[]) => (stores.includes(ARTICLES) || stores.includes(STATEMENTS)) && !stores.includes(STANCE_INDEX);
    return {
      ...down,
      transaction: (stores, mode, options) => down.transaction(mode === 'readwrite' && indexed(stores) ? [...stores, STANCE_INDEX] : stores, mode, options),
      table: (name) => {
        const table = down.table(name);
        const index = down.table(STANCE_INDEX);
        if (name === STATEMENTS) return { ...table, mutate: (req) => mutateIndexed(table, index, req, statementFollower) };
        if (name === ARTICLES) return { ...table, mutate: (req) => mutateIndexed(table, index, req, articleFollower) };
        return table;
      },
    };
  },
};

/** How the index follows one table's writes. */
interface Follower<T> {
  /**
   * Whether a write needs the records it replaces or deletes: a statement's
   * old article (a put may move it, a delete must find it). An article's id
   * is all there is to know, so its text is never read again.
   */
  readsBefore: boolean;
  /** Record what a write did: the ids deleted, the records before (when read), those written (that succeeded). */
  describe(changes: StanceIndexChanges, deleted: readonly string[], before: readonly T[], written: readonly T[]): void;
}

const statementFollower: Follower<Statement> = {
  readsBefore: true,
  describe(changes, _deleted, before, written) {
    for (const old of before) changes.entryChange(old.articleId).removed.add(old.id);
    for (const statement of written) {
      const entry = stanceEntryOf(statement);
      if (entry) changes.entryChange(entry.articleId).put.set(entry.id, entry);
      else changes.entryChange(statement.articleId).removed.add(statement.id);
    }
  },
};

const articleFollower: Follower<Article> = {
  readsBefore: false,
  describe(changes, deleted, _before, written) {
    for (const id of deleted) changes.articles.set(id, null);
    for (const article of written) changes.articles.set(article.id, articleInfoOf(article));
  },
};

async function mutateIndexed<T extends { id: string }>(
  table: DBCoreTable,
  index: DBCoreTable,
  req: DBCoreMutateRequest,
  follower: Follower<T>,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const changes = new StanceIndexChanges();
  if (req.type === 'deleteRange') {
    const response = await table.mutate(req);
    // Rare (a cleared table): everything that is left is read again.
    const { result } = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: ANY_KEY } });
    if (table.name === STATEMENTS) changes.allEntries = packedEntriesByArticle(result as Statement[]);
    else changes.allArticles = new Map((result as Article[]).map((article) => [article.id, articleInfoOf(article)]));
    await writeChanges(index, trans, changes);
    return response;
  }
  const keys: string[] = req.type === 'delete' ? req.keys : req.values.map((value: T) => value.id);
  const readBefore = follower.readsBefore && req.type !== 'add' && keys.length > 0;
  const before: (T | undefined)[] = readBefore ? await table.getMany({ trans, keys }) : [];
  const response = await table.mutate(req);
  const succeeded = (_: unknown, i: number) => !response.failures[i];
  const deleted = req.type === 'delete' ? keys.filter(succeeded) : [];
  // The same id may come twice in one bulk write: the last one is stored.
  const written = req.type === 'delete' ? [] : [...new Map(req.values.filter(succeeded).map((value: T) => [value.id, value])).values()];
  follower.describe(changes, deleted, before.filter(succeeded).filter((old): old is T => old !== undefined), written);
  await writeChanges(index, trans, changes);
  return response;
}

async function writeChanges(index: DBCoreTable, trans: DBCoreTransaction, changes: StanceIndexChanges): Promise<void> {
  const shards = changes.shards(ALL_SHARDS);
  if (shards.length === 0) return;
  const rows: (StanceIndexRecord | undefined)[] = await index.getMany({ trans, keys: shards });
  const put: StanceIndexRecord[] = [];
  const emptied: number[] = [];
  shards.forEach((shard, i) => {
    const row = changes.apply(shard, rows[i]);
    if (row) put.push(row);
    else if (rows[i]) emptied.push(shard);
  });
  if (put.length > 0) await index.mutate({ type: 'put', trans, values: put });
  if (emptied.length > 0) await index.mutate({ type: 'delete', trans, keys: emptied });
}
