import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashScenario } from './support/crashScenario';
import { POSTGRES_URL, postgresSchema, tempDataDir } from './support/services';

describe('team sync server killed and restarted, PostgreSQL store', () => {
  const data = tempDataDir();
  let schema: Awaited<ReturnType<typeof postgresSchema>> | undefined;
  beforeAll(async () => {
    schema = await postgresSchema();
  });
  afterAll(async () => {
    await schema?.drop();
    data.remove();
  });

  it('loses no acknowledged write and converges every client, one partitioned, on the union of all writes', async () => {
    const report = await crashScenario({
      dataDir: data.dir,
      env: { DATABASE_URL: POSTGRES_URL, QUOTEMARK_DB_SCHEMA: schema!.schema },
      steps: 120,
      kills: 3,
    });
    expect(report.statements).toBe(360);
  });
});
