import type { AppendObserver } from './DocumentStore';
import { DocumentStore } from './DocumentStore';
import { lockDataDir } from './dataDirLock';
import { openPglite } from './openPglite';
import { openPostgres } from './openPostgres';
import type { SqlClient } from './SqlClient';
import { createStoreSchema } from './storeSchema';
import { TeamRegistry } from './TeamRegistry';

export interface StoreOptions {
  /** The embedded store lives here when no databaseUrl is given. */
  dataDir: string;
  databaseUrl?: string;
  /** The PostgreSQL schema that holds the tables (tests use one per run). */
  schema: string;
}

export interface TeamStore {
  sql: SqlClient;
  documents: DocumentStore;
  registry: TeamRegistry;
  close(): Promise<void>;
}

/** Open the store, ready to use: tables made before anyone can connect. */
export async function openTeamStore(options: StoreOptions, observe?: AppendObserver): Promise<TeamStore> {
  const release = options.databaseUrl ? () => undefined : lockDataDir(options.dataDir);
  try {
    const sql = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
    await createStoreSchema(sql, options.schema);
    const documents = new DocumentStore(sql, options.schema, observe);
    return {
      sql,
      documents,
      registry: new TeamRegistry(sql, options.schema),
      close: async () => {
        await documents.drain();
        await sql.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
