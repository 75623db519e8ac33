import type { Envelope } from '../../src/core/model/envelope';
import { generateLibrary } from '../fixtures/generateLibrary';
import { SYNC_CONVERGE } from '../fixtures/presets';
import type { BenchResult } from '../measure/BenchResult';
import { SyncServerProcess } from '../sync/SyncServerProcess';
import type { BenchContext } from './BenchContext';
import { syncConvergeScenario } from './syncConvergeScenario';
import { syncJoinScenario } from './syncJoinScenario';

/** The parts, each of which BENCH_ONLY can pick alone (`sync.converge`, `sync.join`). */
export const SYNC_PARTS = ['converge', 'join'] as const;
export type SyncPart = (typeof SYNC_PARTS)[number];

/**
 * The team sync figures, each against a server of its own (`npm run
 * server` with a fresh data directory, the embedded store), so the RSS
 * after the join counts that project alone. Each server is stopped when
 * its part ends, failed or not.
 */
export async function syncScenario(
  bench: BenchContext,
  root: string,
  joinLibrary: Envelope,
  parts: readonly SyncPart[] = SYNC_PARTS,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  if (parts.includes('converge'))
    results.push(
      ...(await withServer(root, async (server) =>
        syncConvergeScenario(bench, server, await generateLibrary(SYNC_CONVERGE)),
      )),
    );
  if (parts.includes('join'))
    results.push(...(await withServer(root, (server) => syncJoinScenario(bench, server, joinLibrary))));
  return results;
}

async function withServer<T>(root: string, work: (server: SyncServerProcess) => Promise<T>): Promise<T> {
  const server = await SyncServerProcess.start(root);
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}
