/**
 * `npx tsx bench/profileStances.ts` (after `npm run bench` has built dist/
 * and its data): the bench's warm Stances navigation (Library open a second,
 * a click on Stances) RUNS times, each with a Chromium trace written to
 * OUT-<run>.json (TRACE=0: none) for chrome://tracing or a script; prints
 * each run's time and the matrix window's size. NOSEED=1 keeps the library
 * already in the profile. A tool for finding where the time goes; it gates nothing.
 */
import { writeFileSync } from 'node:fs';
import { startPreviewServer } from './measure/previewServer';
import { clickProbe, paintProbe } from './measure/paintProbe';
import { seedLibrary, type BenchContext } from './scenarios/BenchContext';
import { launchBenchChromium } from './measure/launchBenchChromium';

const port = Number(process.env.BENCH_PORT ?? 4731);
const runs = Number(process.env.RUNS ?? 3);
const trace = process.env.TRACE !== '0';
const MATRIX = `document.querySelector('section[aria-labelledby="stances-heading"] table tbody button')`;
const LIBRARY = `document.querySelector('section[aria-labelledby="library-heading"] a[href^="#/articles/"]')`;

async function main() {
  const server = await startPreviewServer(port);
  const browser = await launchBenchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('window.__name = (f) => f');
  const bench: BenchContext = { browser, context, baseUrl: server.url, runs, log: console.log };
  try {
    if (!process.env.NOSEED) await seedLibrary(bench, 'review-20k.json');
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      await page.addInitScript(paintProbe(LIBRARY));
      await page.goto(`${server.url}/#/`);
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      await page.waitForTimeout(1000);
      const cdp = await context.newCDPSession(page);
      const events: unknown[] = [];
      if (trace) {
        cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
        await cdp.send('Tracing.start', {
          categories: [
            'devtools.timeline',
            'v8.execute',
            'disabled-by-default-devtools.timeline',
            'blink.user_timing',
            'toplevel',
            'disabled-by-default-v8.cpu_profiler',
            'IndexedDB',
            'loading',
            'blink',
          ].join(','),
          transferMode: 'ReportEvents',
        });
      }
      await page.evaluate(clickProbe('nav[aria-label="Main"] a[href="#/stances"]', MATRIX));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stances' }).click();
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      const ms = await page.evaluate(() => window.__benchDone ?? NaN);
      const marks = await page.evaluate(() => {
        const b = document.querySelector('.qm-matrix-window');
        return [
          `box ${b?.clientWidth}x${b?.clientHeight} cells ${document.querySelectorAll('.qm-matrix-cell').length} glyphs ${document.querySelectorAll('.qm-glyph').length} nodes ${document.getElementsByTagName('*').length}`,
        ];
      });
      times.push(ms);
      console.log(`run ${run}: ${ms.toFixed(0)} ms`, marks.join(' | '));
      if (trace) {
        const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
        await cdp.send('Tracing.end');
        await done;
        writeFileSync(
          `${process.env.OUT ?? '/tmp/stances23/trace'}-${run}.json`,
          JSON.stringify({ traceEvents: events }),
        );
      }
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(
      'median',
      times[Math.floor(times.length / 2)]?.toFixed(0),
      'all',
      times.map((t) => t.toFixed(0)).join(' '),
    );
  } finally {
    await browser.close();
    server.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
