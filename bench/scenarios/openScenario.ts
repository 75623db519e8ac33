import type { Page } from '@playwright/test';
import { result, type BenchResult } from '../measure/BenchResult';
import { clickProbe, longTaskProbe, paintProbe } from '../measure/paintProbe';
import { median, repeat } from '../measure/stats';
import { type BenchContext } from './BenchContext';

/** What "the first screen's highlights are painted" looks like on each page. */
const READY = {
  ours: `document.querySelector('[role="article"] mark[data-statement-id]')`,
  floor: `document.querySelector('mark')`,
  peer: `window.__benchReady`,
};
/** The Library with the article listed: what the person clicks in the press runs. */
const LIBRARY = `document.querySelector('section[aria-labelledby="library-heading"] a[href^="#/articles/"]')`;
/** How long the person looks at the Library before pressing (as review.stances_ms). */
const LOOK_MS = 1000;
/** How long a person's click holds the button down. */
const PRESS_MS = 90;
/**
 * How long after the first screen is painted our open is still watched for
 * long tasks: what the app does once the text shows (loading the rest of
 * it, mounting the editor) runs then, and a long task there is a page that
 * does not answer the person's first scroll or selection.
 */
const AFTER_MS = 3000;

/**
 * Open the 50,000-word article with 2,000 statements, in a fresh tab each
 * time, and time navigation → highlights of the first screen painted → idle;
 * the same for the static floor page and the peer library's page. Also
 * reads the JS heap after our last open, the longest task of each of our
 * opens (navigation until AFTER_MS after the first screen is painted), and
 * times a person's click: the Library open for LOOK_MS, a press of PRESS_MS
 * on the article's link, from the press until the highlights are painted and
 * the page idle (open.ours_press_ms).
 */
export async function openScenario(bench: BenchContext, articleId: string): Promise<BenchResult[]> {
  const longTasks: number[] = [];
  const timeOpen = async (path: string, ready: string, afterwards?: (heapMb: number) => void) => {
    const page = await bench.context.newPage();
    try {
      await page.addInitScript(paintProbe(ready));
      if (afterwards) await page.addInitScript(longTaskProbe());
      await page.goto(`${bench.baseUrl}${path}`);
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      const ms = await page.evaluate(() => window.__benchDone ?? Number.NaN);
      if (afterwards) {
        await page.waitForTimeout(AFTER_MS);
        longTasks.push(await page.evaluate(() => window.__benchLongTask ?? Number.NaN));
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
  const press: number[] = [];
  await repeat(bench.runs, async (run) => {
    const o = await timeOpen(`/#/articles/${articleId}`, READY.ours, (mb) => (heapMb = mb));
    const f = await timeOpen('/bench/floor.html', READY.floor);
    const p = await timeOpen('/bench/peer.html', READY.peer);
    const q = await pressOpen(bench);
    if (run >= 0) {
      ours.push(o);
      floor.push(f);
      peer.push(p);
      press.push(q);
    } else longTasks.length = 0;
    const longest = longTasks.at(-1) ?? 0;
    bench.log(
      `  open run ${run}: ours ${o.toFixed(0)} ms (longest task ${longest.toFixed(0)} ms), floor ${f.toFixed(0)} ms, peer ${p.toFixed(0)} ms, press ${q.toFixed(0)} ms`,
    );
    return o;
  });
  const [o, f, p] = [median(ours), median(floor), median(peer)];
  return [
    result('open.ours_ms', o, 'ms'),
    result('open.floor_ms', f, 'ms'),
    result('open.peer_ms', p, 'ms'),
    result('open.ours_over_floor', o / f, 'ratio', { atMost: 1.3 }),
    result('open.ours_over_peer', o / p, 'ratio', { atMost: 1.0 }),
    result('open.longest_task_ms', median(longTasks), 'ms', { atMost: 100 }),
    result('open.ours_press_ms', median(press), 'ms'),
    result('memory.heap_mb', heapMb, 'MB'),
  ];
}

/** A new tab on the Library, looked at for LOOK_MS, then a PRESS_MS press on the article: ms from the press. */
async function pressOpen(bench: BenchContext): Promise<number> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript(paintProbe(LIBRARY));
    await page.goto(`${bench.baseUrl}/#/`);
    await doneAt(page);
    await page.waitForTimeout(LOOK_MS);
    const link = 'section[aria-labelledby="library-heading"] a[href^="#/articles/"]';
    await page.evaluate(clickProbe(link, READY.ours, 'pointerdown'));
    const box = await page.locator(link).first().boundingBox();
    if (!box) throw new Error('the article is not listed');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(PRESS_MS);
    await page.mouse.up();
    return await doneAt(page);
  } finally {
    await page.close();
  }
}

async function doneAt(page: Page): Promise<number> {
  await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__benchDone ?? Number.NaN);
}

declare global {
  interface Window {
    __benchDone?: number;
    __benchReady?: boolean;
    __benchLongTask?: number;
  }
}
