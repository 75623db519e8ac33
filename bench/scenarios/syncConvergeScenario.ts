import type { Envelope } from '../../src/core/model/envelope';
import { codebookDocName } from '../../src/core/team/documentNames';
import { result, type BenchResult } from '../measure/BenchResult';
import { median, repeat } from '../measure/stats';
import { inviteCoder } from '../sync/inviteCoder';
import { SyncCoder, untilAll } from '../sync/SyncCoder';
import type { SyncServerProcess } from '../sync/SyncServerProcess';
import { dealStatements, layerNames, writeCodebook, writeStatement } from '../sync/teamSeed';
import type { BenchContext } from './BenchContext';

const CODERS = ['Ada', 'Ben', 'Cleo'];

/**
 * Three coders, each writing 500 statements into their own layers (one
 * update per statement, as tagging makes them), dealt over the articles of
 * a fresh project on a running server. Timed from the first write until
 * every coder holds all 1,500 statements and the server has stored every
 * update each coder sent (no provider has unsynced changes). The three
 * clients share this process, as the server's tests do.
 */
export async function syncConvergeScenario(
  bench: BenchContext,
  server: SyncServerProcess,
  library: Envelope,
): Promise<BenchResult[]> {
  const hands = dealStatements(library.statements, CODERS.length);
  const total = library.statements.length;
  const articleIds = library.articles.map((a) => a.id);
  const timings = await repeat(bench.runs, async (run) => {
    const project = `Converge ${run + 1}`;
    const coders: SyncCoder[] = [];
    try {
      let projectId = '';
      // The first coder invited owns the project and writes its codebook.
      for (const name of CODERS) {
        const invitation = await inviteCoder(server.dataDir, project, name, `${bench.baseUrl}/`);
        projectId = invitation.projectId;
        coders.push(new SyncCoder(invitation.coderId, server.wsUrl, invitation.token));
      }
      const [owner] = coders;
      if (!owner) throw new Error('no coders');
      writeCodebook(owner, projectId, library, Date.now());
      const layers = layerNames(
        projectId,
        articleIds,
        coders.map((c) => c.coderId),
      );
      for (const coder of coders) for (const name of [codebookDocName(projectId), ...layers]) coder.open(name);
      await untilAll(
        coders,
        () =>
          coders.every((c) => c.settled() && c.count([codebookDocName(projectId)], 'articles') === articleIds.length),
        () => 'the codebook did not reach every coder',
      );
      const storedBefore = await server.metric('quotemark_updates_stored_total');
      const converged = () => coders.every((c) => c.count(layers, 'statements') === total && c.settled());
      const serverCpu = server.cpuMs();
      const clientCpu = process.cpuUsage();
      const started = performance.now();
      const longest = Math.max(...hands.map((h) => h.length));
      // Turn about, so no coder's writes all go first.
      for (let i = 0; i < longest; i++) {
        coders.forEach((coder, k) => {
          const statement = hands[k]?.[i];
          if (statement) writeStatement(coder, projectId, statement, Date.now());
        });
      }
      await untilAll(coders, converged, () =>
        coders
          .map((c) => `${c.coderId}: ${c.count(layers, 'statements')} statements, ${c.unsynced()} unsynced`)
          .join('; '),
      );
      const ms = performance.now() - started;
      const used = process.cpuUsage(clientCpu);
      const cpu = `CPU: server ${server.cpuMs() - serverCpu} ms, the three clients ${((used.user + used.system) / 1000).toFixed(0)} ms`;
      const stored = (await server.metric('quotemark_updates_stored_total')) - storedBefore;
      if (stored < total)
        throw new Error(`The server reports ${stored} updates stored, fewer than the ${total} statements written`);
      bench.log(`  converge run ${run}: ${ms.toFixed(0)} ms (${stored} updates stored; ${cpu})`);
      return ms;
    } finally {
      for (const coder of coders) coder.destroy();
    }
  });
  return [result('sync.converge_ms', median(timings), 'ms', { atMost: 2000 })];
}
