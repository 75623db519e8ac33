import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import {
  MIRRORED_TABLES,
  outboxKey,
  TEAM_OUTBOX,
  TEAM_PROJECTS,
  TEAM_UPDATES,
  type MirroredTable,
  type TeamOutboxRecord,
} from './teamRecords';

/** Every key: Dexie's own AnyRange (DBCoreRangeType.Any is a const enum, out of reach here). */
const ANY_KEY: DBCoreKeyRange = { type: 3, lower: -Infinity, upper: [[]] };
const MIRRORED = new Set<string>(MIRRORED_TABLES);

let written = 0;
/** Unique per write (per tab: the time and a counter), so the sync client can tell a later write from the one it carried. */
const nextNonce = () =>
  `${Date.now().toString(36)}.${(++written).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;

/**
 * Notes every write of articles, speakers, topics and statements in the
 * team outbox, in the same transaction, once this browser has joined a
 * project: the sync client (src/storage/team/TeamSync) carries them into
 * the project's Yjs documents from there, so no write path, present or
 * future, is forgotten, and a tab closed before the sync client ran loses
 * nothing. Writes that never wait for the network: one count and one put.
 *
 * The sync client's own transactions (those that take `teamUpdates`) write
 * what came from a server: they are not noted, so nothing echoes back.
 * Which project a record belongs to, if any, the sync client decides.
 */
export const teamOutboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TeamOutbox',
  create: (down) => {
    // Absent while an older version is upgraded.
    if (!down.schema.tables.some((table) => table.name === TEAM_OUTBOX)) return down;
    const fromSync = new WeakSet<DBCoreTransaction>();
    const followed = (stores: string[]) => stores.some((name) => MIRRORED.has(name)) && !stores.includes(TEAM_UPDATES);
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const noted = mode === 'readwrite' && followed(stores);
        const scope = noted
          ? [...stores, ...[TEAM_OUTBOX, TEAM_PROJECTS].filter((name) => !stores.includes(name))]
          : stores;
        const trans = down.transaction(scope, mode, options);
        if (mode === 'readwrite' && stores.includes(TEAM_UPDATES)) fromSync.add(trans);
        return trans;
      },
      table: (name) => {
        const table = down.table(name);
        if (!MIRRORED.has(name)) return table;
        const outbox = down.table(TEAM_OUTBOX);
        const projects = down.table(TEAM_PROJECTS);
        return {
          ...table,
          mutate: async (req) => {
            if (fromSync.has(req.trans)) return table.mutate(req);
            const joined = await projects.count({
              trans: req.trans,
              query: { index: projects.schema.primaryKey, range: ANY_KEY },
            });
            if (joined === 0) return table.mutate(req);
            const ids = req.type === 'deleteRange' ? await keysIn(table, req) : [];
            const response = await table.mutate(req);
            const touched = req.type === 'deleteRange' ? ids : touchedIds(req, (i) => !response.failures[i]);
            if (touched.length > 0)
              await outbox.mutate({
                type: 'put',
                trans: req.trans,
                values: touched.map((id) => outboxRow(name as MirroredTable, id)),
              });
            return response;
          },
        };
      },
    };
  },
};

function touchedIds(
  req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
  succeeded: (i: number) => boolean,
): string[] {
  const ids = req.type === 'delete' ? req.keys : req.values.map((value: { id: string }) => value.id);
  return [...new Set(ids.filter((_: unknown, i: number) => succeeded(i)).map(String))];
}

async function keysIn(
  table: DBCoreTable,
  req: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>,
): Promise<string[]> {
  const { result } = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return result.map(String);
}

/** The outbox row noting a write of a record (exported for writes that note records they did not write, e.g. sharing an article). */
export function outboxRow(table: MirroredTable, id: string): TeamOutboxRecord {
  return { key: outboxKey(table, id), table, id, nonce: nextNonce() };
}
