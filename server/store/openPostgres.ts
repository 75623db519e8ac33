import pg from 'pg';
import type { SqlClient, SqlQueries } from './SqlClient';

/** PostgreSQL at DATABASE_URL, through a small pool. */
export async function openPostgres(url: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // A pool reports a lost idle connection as an error event: without a
  // listener, that one event would end the process.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const run = (client: pg.Pool | pg.PoolClient): SqlQueries => ({
    query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
  });
  return {
    kind: 'postgres',
    ...run(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(run(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
