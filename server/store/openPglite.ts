import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { makePgliteDir } from './makePgliteDir';
import type { SqlClient } from './SqlClient';

/**
 * PostgreSQL's shared_buffers (initdb writes 128MB into postgresql.conf):
 * PGlite touches the whole pool at start, so it is resident memory from the
 * first second. 16MB holds the server's working set; pages it misses come
 * from the kernel's page cache. Passed at start, not written into the data
 * directory, so the files stay as they were.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** The embedded store: PostgreSQL compiled to WebAssembly, its files under `<dataDir>/pglite`. */
export async function openPglite(dataDir: string): Promise<SqlClient> {
  mkdirSync(dataDir, { recursive: true });
  const dir = join(dataDir, 'pglite');
  await makePgliteDir(dir);
  const db = await PGlite.create(dir, { startParams: START_PARAMS });
  return {
    kind: 'pglite',
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows }),
      ),
    close: () => db.close(),
  };
}
