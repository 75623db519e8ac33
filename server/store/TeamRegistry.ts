import { randomBytes, randomUUID } from 'node:crypto';
import type { TeamRole } from '../../src/core/team/teamRoles';
import type { SqlClient, SqlQueries } from './SqlClient';
import { checkSchemaName } from './storeSchema';

export interface ProjectRow {
  id: string;
  name: string;
}

export interface CoderRow {
  id: string;
  projectId: string;
  name: string;
  role: TeamRole;
  createdAt: Date;
  revokedAt: Date | null;
}

/** What the store says of a token at the moment it is checked. */
export interface TokenStanding {
  projectId: string;
  coderId: string;
  role: TeamRole;
  revoked: boolean;
  /** Epoch ms. */
  expiresAt: number;
}

interface CoderRecord {
  id: string;
  project_id: string;
  name: string;
  role: TeamRole;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const coderOf = (row: CoderRecord): CoderRow => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  role: row.role,
  createdAt: new Date(row.created_at),
  revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
});

/** Projects, coders and tokens: the tables that decide who may open what. */
export class TeamRegistry {
  private readonly s: string;

  constructor(
    private readonly sql: SqlClient,
    schema: string,
  ) {
    this.s = `"${checkSchemaName(schema)}"`;
  }

  transaction<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T> {
    return this.sql.transaction(work);
  }

  /** The token-signing secret: QUOTEMARK_SECRET if given, else one made on first start and kept in the store. */
  async secret(fromEnv: string | undefined): Promise<string> {
    if (fromEnv) return fromEnv;
    await this.sql.query(
      `insert into ${this.s}.meta (key, value) values ('token_secret', $1) on conflict (key) do nothing`,
      [randomBytes(32).toString('hex')],
    );
    const [row] = await this.sql.query<{ value: string }>(
      `select value from ${this.s}.meta where key = 'token_secret'`,
    );
    if (!row) throw new Error('The token secret could not be stored.');
    return row.value;
  }

  /** The address clients reach the server at, as the server last said when it started (for the CLI when it is down). */
  async rememberPublicUrl(url: string): Promise<void> {
    await this.sql.query(
      `insert into ${this.s}.meta (key, value) values ('public_url', $1) on conflict (key) do update set value = excluded.value`,
      [url],
    );
  }

  async publicUrl(): Promise<string | null> {
    const [row] = await this.sql.query<{ value: string }>(`select value from ${this.s}.meta where key = 'public_url'`);
    return row?.value ?? null;
  }

  async findProject(tx: SqlQueries, name: string): Promise<ProjectRow | null> {
    const [row] = await tx.query<ProjectRow>(`select id, name from ${this.s}.projects where name = $1`, [name]);
    return row ?? null;
  }

  async createProject(tx: SqlQueries, name: string): Promise<ProjectRow> {
    const project = { id: randomUUID(), name };
    await tx.query(`insert into ${this.s}.projects (id, name) values ($1, $2)`, [project.id, name]);
    return project;
  }

  async findCoder(tx: SqlQueries, projectId: string, name: string): Promise<CoderRow | null> {
    const [row] = await tx.query<CoderRecord>(`select * from ${this.s}.coders where project_id = $1 and name = $2`, [
      projectId,
      name,
    ]);
    return row ? coderOf(row) : null;
  }

  async countCoders(tx: SqlQueries, projectId: string): Promise<number> {
    const [row] = await tx.query<{ n: number }>(
      `select count(*)::int as n from ${this.s}.coders where project_id = $1`,
      [projectId],
    );
    return row?.n ?? 0;
  }

  async createCoder(tx: SqlQueries, projectId: string, name: string, role: TeamRole, now: Date): Promise<CoderRow> {
    const id = randomUUID();
    await tx.query(
      `insert into ${this.s}.coders (id, project_id, name, role, created_at) values ($1, $2, $3, $4, $5)`,
      [id, projectId, name, role, now],
    );
    return { id, projectId, name, role, createdAt: now, revokedAt: null };
  }

  /** A re-invited coder gets the role asked for and is no longer revoked. */
  async reinstateCoder(tx: SqlQueries, coder: CoderRow, role: TeamRole): Promise<CoderRow> {
    await tx.query(`update ${this.s}.coders set role = $2, revoked_at = null where id = $1`, [coder.id, role]);
    return { ...coder, role, revokedAt: null };
  }

  async issueToken(tx: SqlQueries, coderId: string, issuedAt: Date, expiresAt: Date): Promise<string> {
    const id = randomUUID();
    await tx.query(`insert into ${this.s}.tokens (id, coder_id, issued_at, expires_at) values ($1, $2, $3, $4)`, [
      id,
      coderId,
      issuedAt,
      expiresAt,
    ]);
    return id;
  }

  /** Revoke a coder and every token they were given. */
  async revokeCoder(tx: SqlQueries, coder: CoderRow, now: Date): Promise<CoderRow> {
    await tx.query(`update ${this.s}.coders set revoked_at = $2 where id = $1`, [coder.id, now]);
    await tx.query(`update ${this.s}.tokens set revoked_at = $2 where coder_id = $1 and revoked_at is null`, [
      coder.id,
      now,
    ]);
    return { ...coder, revokedAt: now };
  }

  async tokenStanding(tokenId: string): Promise<TokenStanding | null> {
    const [row] = await this.sql.query<{
      project_id: string;
      coder_id: string;
      role: TeamRole;
      revoked: boolean;
      expires_at: Date | string;
    }>(
      `select c.project_id, c.id as coder_id, c.role, t.expires_at,
              (t.revoked_at is not null or c.revoked_at is not null) as revoked
         from ${this.s}.tokens t join ${this.s}.coders c on c.id = t.coder_id
        where t.id = $1`,
      [tokenId],
    );
    if (!row) return null;
    return {
      projectId: row.project_id,
      coderId: row.coder_id,
      role: row.role,
      revoked: row.revoked,
      expiresAt: new Date(row.expires_at).getTime(),
    };
  }
}
