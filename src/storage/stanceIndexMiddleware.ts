import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Statement } from '../core/model/statement';
import { stanceEntryOf } from '../core/review/StanceEntry';
import {
  changedEntries,
  packEntries,
  shardOf,
  STANCE_INDEX,
  stanceIndexRecords,
  unpackEntries,
  type StanceIndexChange,
  type StanceIndexRecord,
} from './StanceIndexRecord';

const STATEMENTS = 'statements';
/** Every key: Dexie's own AnyRange (DBCoreRangeType.Any is a const enum, out of reach here). */
const ANY_KEY: DBCoreKeyRange = { type: 3, lower: -Infinity, upper: [[]] };

/**
 * Keeps the stance index (see StanceIndexRecord) equal to what the
 * statements table holds. It sits in Dexie's DBCore stack, under every write
 * path: each read-write transaction over statements also takes the index,
 * and each write to statements updates the index rows of the articles it
 * touched before the transaction can commit, so the two never disagree, even
 * across a crash. Above Dexie's own middlewares, so live queries of the
 * index see its writes.
 */
export const stanceIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'StanceIndex',
  create: (down) => {
    // Absent while an older version is upgraded; its upgrade() builds the index whole.
    if (!down.schema.tables.some((table) => table.name === STANCE_INDEX)) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' && stores.includes(STATEMENTS) && !stores.includes(STANCE_INDEX) ? [...stores, STANCE_INDEX] : stores, mode, options),
      table: (name) => {
        const table = down.table(name);
        if (name !== STATEMENTS) return table;
        const index = down.table(STANCE_INDEX);
        return { ...table, mutate: (req) => mutateIndexed(table, index, req) };
      },
    };
  },
};

async function mutateIndexed(statements: DBCoreTable, index: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    const response = await statements.mutate(req);
    await rebuildIndex(statements, index, trans);
    return response;
  }
  const keys = req.type === 'delete' ? req.keys : req.values.map((value: Statement) => value.id);
  // Where each statement was before: a put may move one, a delete needs its article.
  const before: (Statement | undefined)[] = req.type === 'add' || keys.length === 0 ? [] : await statements.getMany({ trans, keys });
  const response = await statements.mutate(req);

  const changes = new Map<string, StanceIndexChange>();
  const changeOf = (articleId: string) => {
    let change = changes.get(articleId);
    if (!change) changes.set(articleId, (change = { removed: new Set(), put: new Map() }));
    return change;
  };
  before.forEach((old, i) => {
    if (old && !response.failures[i]) changeOf(old.articleId).removed.add(old.id);
  });
  if (req.type !== 'delete') {
    // The same id may come twice in one bulk write: the last one is stored.
    const written = new Map<string, Statement>();
    req.values.forEach((value: Statement, i) => {
      if (!response.failures[i]) written.set(value.id, value);
    });
    for (const value of written.values()) {
      const entry = stanceEntryOf(value);
      if (entry) changeOf(entry.articleId).put.set(entry.id, entry);
      else changeOf(value.articleId).removed.add(value.id);
    }
  }
  if (changes.size > 0) await applyChanges(index, trans, changes);
  return response;
}

async function applyChanges(index: DBCoreTable, trans: DBCoreTransaction, changes: Map<string, StanceIndexChange>): Promise<void> {
  const shards = [...new Set([...changes.keys()].map(shardOf))];
  const rows: (StanceIndexRecord | undefined)[] = await index.getMany({ trans, keys: shards });
  const put: StanceIndexRecord[] = [];
  const emptied: number[] = [];
  shards.forEach((shard, i) => {
    const articles = new Map(Object.entries(rows[i]?.articles ?? {}));
    for (const [articleId, change] of changes) {
      if (shardOf(articleId) !== shard) continue;
      const before = articles.get(articleId);
      const entries = changedEntries(before === undefined ? [] : unpackEntries(articleId, before), change);
      if (entries.length > 0) articles.set(articleId, packEntries(entries));
      else articles.delete(articleId);
    }
    if (articles.size > 0) put.push({ shard, articles: Object.fromEntries(articles) });
    else if (rows[i]) emptied.push(shard);
  });
  if (put.length > 0) await index.mutate({ type: 'put', trans, values: put });
  if (emptied.length > 0) await index.mutate({ type: 'delete', trans, keys: emptied });
}

/** After a range of statements is cleared: the index made again from what is left. */
async function rebuildIndex(statements: DBCoreTable, index: DBCoreTable, trans: DBCoreTransaction): Promise<void> {
  const { result } = await statements.query({ trans, values: true, query: { index: statements.schema.primaryKey, range: ANY_KEY } });
  await index.mutate({ type: 'deleteRange', trans, range: ANY_KEY });
  const rows = stanceIndexRecords(result as Statement[]);
  if (rows.length > 0) await index.mutate({ type: 'put', trans, values: rows });
}
