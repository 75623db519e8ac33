import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './SqlClient';

/** The embedded store: PostgreSQL compiled to WebAssembly, its files under `<dataDir>/pglite`. */
export async function openPglite(dataDir: string): Promise<SqlClient> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(join(dataDir, 'pglite'));
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
