import type { SqlClient } from './SqlClient';

/** A schema name the server may put into SQL text: letters, digits, underscores. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a usable schema name: ${JSON.stringify(schema)}`);
  return schema;
}

/**
 * Create the tables (once; later starts find them). Two servers starting at
 * once on one PostgreSQL take turns through an advisory lock, since
 * concurrent `create table if not exists` can still collide.
 *
 * documents  one row per Yjs document: its compacted snapshot and the last
 *            update sequence number the snapshot holds.
 * updates    the log: every update a client sent, appended before the
 *            server acknowledged it, until compaction folds it into the
 *            snapshot.
 * projects, coders, tokens: who may open what (the codebook lists coders
 *            for display; these tables decide access).
 * meta       the token-signing secret, unless QUOTEMARK_SECRET is set.
 */
export async function createStoreSchema(sql: SqlClient, schema: string): Promise<void> {
  const s = `"${checkSchemaName(schema)}"`;
  await sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`quotemark:${schema}`]);
    await tx.query(`create schema if not exists ${s}`);
    await tx.query(`create table if not exists ${s}.meta (key text primary key, value text not null)`);
    await tx.query(`create table if not exists ${s}.documents (
      name text primary key, snapshot bytea, snapshot_seq bigint not null default 0, compacted_at timestamptz)`);
    await tx.query(`create table if not exists ${s}.updates (
      seq bigserial primary key, name text not null, data bytea not null, stored_at timestamptz not null default now())`);
    await tx.query(`create index if not exists updates_name_seq on ${s}.updates (name, seq)`);
    await tx.query(`create table if not exists ${s}.projects (
      id text primary key, name text not null unique, created_at timestamptz not null default now())`);
    await tx.query(`create table if not exists ${s}.coders (
      id text primary key, project_id text not null references ${s}.projects (id), name text not null,
      role text not null, created_at timestamptz not null default now(), revoked_at timestamptz,
      unique (project_id, name))`);
    await tx.query(`create table if not exists ${s}.tokens (
      id text primary key, coder_id text not null references ${s}.coders (id),
      issued_at timestamptz not null, expires_at timestamptz not null, revoked_at timestamptz)`);
  });
}
