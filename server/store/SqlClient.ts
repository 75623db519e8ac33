/**
 * The little of SQL the server needs, over PGlite (embedded, in the data
 * directory) or PostgreSQL (DATABASE_URL): one SQL dialect, one code path.
 * Parameters are `$1…`; bytea goes in as Uint8Array and comes out as one.
 */
export interface SqlQueries {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface SqlClient extends SqlQueries {
  /** Runs `work` in one transaction: all its queries commit or none. */
  transaction<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** What the client is, for logs and /health ("pglite" or "postgres"). */
  readonly kind: 'pglite' | 'postgres';
}
