import { result, type BenchResult } from '../measure/BenchResult';
import { paintProbe } from '../measure/paintProbe';
import { median, repeat } from '../measure/stats';
import type { BenchContext } from './BenchContext';

/** Open the Stances view over the 20,000-statement library (already seeded), fresh tab each time, until its matrix is painted. */
export async function reviewScenario(bench: BenchContext): Promise<BenchResult[]> {
  const times = await repeat(bench.runs, async (run) => {
    const page = await bench.context.newPage();
    try {
      await page.addInitScript(paintProbe(`document.querySelector('section[aria-labelledby="stances-heading"] table tbody button')`));
      await page.goto(`${bench.baseUrl}/#/stances`);
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      const ms = await page.evaluate(() => window.__benchDone ?? Number.NaN);
      bench.log(`  stances run ${run}: ${ms.toFixed(0)} ms`);
      return ms;
    } finally {
      await page.close();
    }
  });
  return [result('review.stances_ms', median(times), 'ms', { atMost: 500 })];
}
