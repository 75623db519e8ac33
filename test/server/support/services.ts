import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

/** The machine's PostgreSQL and Redis (CI starts them; a test that cannot reach them fails). */
export const POSTGRES_URL = process.env.QUOTEMARK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.QUOTEMARK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A schema of its own for one test run, dropped afterwards. */
export async function postgresSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `qm_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.end();
  return {
    schema,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: POSTGRES_URL });
      await dropper.connect();
      await dropper.query(`drop schema if exists "${schema}" cascade`);
      await dropper.end();
    },
  };
}

/** Redis answers PING, or the test fails here with a clear message. */
export async function redisReachable(): Promise<void> {
  const { createConnection } = await import('node:net');
  const url = new URL(REDIS_URL);
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    socket.setTimeout(5_000, () => socket.destroy(new Error(`Redis at ${REDIS_URL} does not answer.`)));
    socket.on('error', (error) => reject(new Error(`Redis at ${REDIS_URL} is not reachable: ${error.message}`)));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => {
      socket.end();
      if (data.toString().startsWith('+PONG')) resolve();
      else reject(new Error(`Redis at ${REDIS_URL} answered ${JSON.stringify(data.toString())}`));
    });
  });
}

export const uniqueRedisPrefix = () => `qmtest-${randomBytes(6).toString('hex')}`;

/** A fresh temporary data directory, holding an empty embedded store (copied), removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'quotemark-server-'));
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
