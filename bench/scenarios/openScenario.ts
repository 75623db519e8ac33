import { result, type BenchResult } from '../measure/BenchResult';
import { paintProbe } from '../measure/paintProbe';
import { median, repeat } from '../measure/stats';
import { type BenchContext } from './BenchContext';

/** What "the first screen's highlights are painted" looks like on each page. */
const READY = {
  ours: `document.querySelector('[role="article"] mark[data-statement-id]')`,
  floor: `document.querySelector('mark')`,
  peer: `window.__benchReady`,
};

/**
 * Open the 50,000-word article with 2,000 statements, in a fresh tab each
 * time, and time navigation → highlights of the first screen painted → idle;
 * the same for the static floor page and the peer library's page. Also
 * reads the JS heap after our last open.
 */
export async function openScenario(bench: BenchContext, articleId: string): Promise<BenchResult[]> {
  const timeOpen = async (path: string, ready: string, afterwards?: (heapMb: number) => void) => {
    const page = await bench.context.newPage();
    try {
      await page.addInitScript(paintProbe(ready));
      await page.goto(`${bench.baseUrl}${path}`);
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      const ms = await page.evaluate(() => window.__benchDone ?? Number.NaN);
      if (afterwards) {
        const cdp = await bench.context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        afterwards(heap.usedSize / 1024 / 1024);
      }
      return ms;
    } finally {
      await page.close();
    }
  };
  let heapMb = Number.NaN;
  // Interleaved, so a slow spell of the shared machine hits all three alike.
  const ours: number[] = [];
  const floor: number[] = [];
  const peer: number[] = [];
  await repeat(bench.runs, async (run) => {
    const o = await timeOpen(`/#/articles/${articleId}`, READY.ours, (mb) => (heapMb = mb));
    const f = await timeOpen('/bench/floor.html', READY.floor);
    const p = await timeOpen('/bench/peer.html', READY.peer);
    if (run >= 0) {
      ours.push(o);
      floor.push(f);
      peer.push(p);
    }
    bench.log(`  open run ${run}: ours ${o.toFixed(0)} ms, floor ${f.toFixed(0)} ms, peer ${p.toFixed(0)} ms`);
    return o;
  });
  const [o, f, p] = [median(ours), median(floor), median(peer)];
  return [
    result('open.ours_ms', o, 'ms'),
    result('open.floor_ms', f, 'ms'),
    result('open.peer_ms', p, 'ms'),
    result('open.ours_over_floor', o / f, 'ratio', { atMost: 2.0 }),
    result('open.ours_over_peer', o / p, 'ratio', { atMost: 1.0 }),
    result('memory.heap_mb', heapMb, 'MB'),
  ];
}

declare global {
  interface Window {
    __benchDone?: number;
    __benchReady?: boolean;
  }
}
