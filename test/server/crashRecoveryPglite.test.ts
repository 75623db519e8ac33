import { afterAll, describe, expect, it } from 'vitest';
import { crashScenario } from './support/crashScenario';
import { tempDataDir } from './support/services';

describe('team sync server killed and restarted, embedded store (PGlite)', () => {
  const data = tempDataDir();
  afterAll(() => data.remove());

  it('loses no acknowledged write and converges every client, one partitioned, on the union of all writes', async () => {
    const report = await crashScenario({ dataDir: data.dir, env: {}, steps: 100, kills: 2 });
    expect(report.statements).toBe(300);
  });
});
