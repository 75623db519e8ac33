import { result, type BenchResult } from '../measure/BenchResult';
import { median, repeat } from '../measure/stats';
import { withHarness, type BenchContext } from './BenchContext';

/**
 * Suggest statements over the 50,000-word article's text, interleaved: on
 * the page's thread (how the app ran it before) and in the worker the app
 * uses. The figure a person notices is the page's longest task meanwhile,
 * when nothing they do is answered; the worker's runs should leave none.
 */
export async function suggestScenario(bench: BenchContext, text: string): Promise<BenchResult[]> {
  const onPage: { ms: number; longestTaskMs: number }[] = [];
  const inWorker: { ms: number; longestTaskMs: number }[] = [];
  await withHarness(bench, async (page) => {
    await repeat(bench.runs, async (run) => {
      const p = await page.evaluate((t) => window.bench?.suggestTimed(t, 'page'), text);
      const w = await page.evaluate((t) => window.bench?.suggestTimed(t, 'worker'), text);
      if (!p || !w) throw new Error('The bench harness did not load');
      if (p.count !== w.count) throw new Error(`The worker found ${w.count} suggestions, the page ${p.count}`);
      if (run >= 0) {
        onPage.push(p);
        inWorker.push(w);
      }
      bench.log(
        `  suggest run ${run}: page ${p.ms.toFixed(0)} ms (longest task ${p.longestTaskMs.toFixed(0)} ms), worker ${w.ms.toFixed(0)} ms (longest task ${w.longestTaskMs.toFixed(0)} ms), ${w.count} suggestions`,
      );
      return w.ms;
    });
  });
  const ms = (rows: { ms: number }[]) => median(rows.map((r) => r.ms));
  const longest = (rows: { longestTaskMs: number }[]) => median(rows.map((r) => r.longestTaskMs));
  return [
    result('suggest.page_ms', ms(onPage), 'ms'),
    result('suggest.worker_ms', ms(inWorker), 'ms'),
    result('suggest.page_longest_task_ms', longest(onPage), 'ms'),
    result('suggest.worker_longest_task_ms', longest(inWorker), 'ms', { atMost: 50 }),
  ];
}
