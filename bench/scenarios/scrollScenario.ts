import { result, type BenchResult } from '../measure/BenchResult';
import { paintProbe } from '../measure/paintProbe';
import { median, repeat } from '../measure/stats';
import type { BenchContext } from './BenchContext';

/** The scroll offset of whatever scrolls the article: its nearest scrolling ancestor, or the page. */
const SCROLL_POSITION = `(() => {
  for (let n = document.querySelector('[role="article"]'); n && n !== document.body; n = n.parentElement) {
    if (n.scrollHeight > n.clientHeight + 1 && getComputedStyle(n).overflowY !== 'visible') return n.scrollTop;
  }
  return document.scrollingElement ? document.scrollingElement.scrollTop : 0;
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Scroll the open long article from top to bottom with the mouse wheel,
 * under a Chromium trace, and report the longest task on the page's main
 * thread (trace "RunTask" events of the CrRendererMain thread). The median
 * over the runs of each run's longest task.
 */
export async function scrollScenario(bench: BenchContext, articleId: string): Promise<BenchResult[]> {
  const longest = await repeat(bench.runs, async (run) => {
    const page = await bench.context.newPage();
    try {
      await page.addInitScript(paintProbe(`document.querySelector('[role="article"] mark[data-statement-id]')`));
      await page.goto(`${bench.baseUrl}/#/articles/${articleId}`);
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      // The editor may be taking over from the first paint this moment: the
      // element first found can be gone when it is measured.
      let box = await page.getByRole('article').boundingBox();
      for (let tries = 0; !box && tries < 10; tries++) box = await page.getByRole('article').boundingBox();
      if (!box) throw new Error('the article is not on screen');
      await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 200, 600));
      await bench.browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      let steps = 0;
      for (let stuck = 0; stuck < 3 && steps < 2000; steps++) {
        const before = await page.evaluate<number>(SCROLL_POSITION);
        await page.mouse.wheel(0, 1200);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        stuck = (await page.evaluate<number>(SCROLL_POSITION)) === before ? stuck + 1 : 0;
      }
      const trace = JSON.parse((await bench.browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const ms = longestMainThreadTask(trace.traceEvents);
      bench.log(`  scroll run ${run}: ${steps} wheel steps, longest task ${ms.toFixed(1)} ms`);
      return ms;
    } finally {
      await page.close();
    }
  });
  return [result('scroll.longest_task_ms', median(longest), 'ms', { atMost: 100 })];
}

function longestMainThreadTask(events: TraceEvent[]): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')) continue;
    if (!mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  return longest;
}
