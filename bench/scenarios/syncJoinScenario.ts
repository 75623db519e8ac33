import type { Page } from '@playwright/test';
import type { Envelope } from '../../src/core/model/envelope';
import { result, type BenchResult } from '../measure/BenchResult';
import { clickUntilShown } from '../measure/paintProbe';
import { median, repeat } from '../measure/stats';
import { inviteCoder } from '../sync/inviteCoder';
import { seedProject } from '../sync/seedProject';
import type { SyncServerProcess } from '../sync/SyncServerProcess';
import type { BenchContext } from './BenchContext';

const PROJECT = 'Join bench';
const CODERS = ['Dana', 'Eli', 'Fay', 'Gus', 'Hana'];
const NEWCOMER = 'Newcomer';
const JOIN_BUTTON = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Join project')`;

/** The Library lists `count` articles of the project (its Project column names it). */
// The Library windows long lists, so the rows in the page are not all of them: its table's aria-rowcount
// (the header row and one per article) says how many it lists, and a row in view names the project.
const listed = (count: number) =>
  `document.getElementById('library-heading') && Number(document.querySelector('section[aria-labelledby="library-heading"] table')?.getAttribute('aria-rowcount') ?? 0) >= ${count + 1} && [...document.querySelectorAll('td[data-label="Project"]')].some((td) => td.textContent === ${JSON.stringify(PROJECT)})`;

/**
 * A project of the library's articles (the codebook) and its statements
 * dealt into five coders' layers, seeded through Node clients; then a
 * coder new to the project opens the join link in a fresh browser profile
 * and presses Join project, timed from that click until the Library shows
 * every article of the project. Each run starts with the server holding no
 * document in memory (nobody else online). After the last run, once the
 * joined browser reads Synced (every layer fetched), the server's RSS.
 */
export async function syncJoinScenario(
  bench: BenchContext,
  server: SyncServerProcess,
  library: Envelope,
): Promise<BenchResult[]> {
  const app = `${bench.baseUrl}/`;
  const seeding = performance.now();
  bench.log(`  server started: RSS ${server.rssMb().toFixed(0)} MB`);
  await seedProject(server, PROJECT, CODERS, library, app);
  const { link } = await inviteCoder(server.dataDir, PROJECT, NEWCOMER, app);
  await server.idle();
  const seeded = ((performance.now() - seeding) / 1000).toFixed(1);
  bench.log(
    `  seeded ${library.articles.length} articles and ${library.statements.length} statements over ${CODERS.length} coders' layers in ${seeded} s: RSS ${server.rssMb().toFixed(0)} MB`,
  );
  let rssMb = Number.NaN;
  const timings = await repeat(bench.runs, async (run) => {
    const context = await bench.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // tsx names the functions it compiles with a helper the page lacks.
    await context.addInitScript('window.__name = (f) => f');
    try {
      const page = await context.newPage();
      const opened = performance.now();
      await page.goto(link);
      const join = page
        .getByRole('region', { name: `Invitation to ${PROJECT}` })
        .getByRole('button', { name: 'Join project' });
      await join.waitFor();
      await page.evaluate(clickUntilShown(JOIN_BUTTON, listed(library.articles.length)));
      // Playwright clicks once the button is enabled (the app has read its projects).
      await join.click();
      // A function, not a string: the app's CSP refuses eval.
      await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
      const ms = await page.evaluate(() => window.__benchDone ?? Number.NaN);
      bench.log(
        `  join run ${run}: ${ms.toFixed(0)} ms from the click (${(performance.now() - opened).toFixed(0)} ms from opening the link)`,
      );
      if (run === bench.runs - 1) {
        await untilSynced(page);
        rssMb = server.rssMb();
        const synced = (performance.now() - opened) / 1000;
        bench.log(
          `  Synced ${synced.toFixed(1)} s after opening the link; the server holds ${await server.documentsLoaded()} documents, RSS ${rssMb.toFixed(0)} MB`,
        );
      }
      return ms;
    } finally {
      await context.close();
      await server.idle();
    }
  });
  return [
    result('sync.join_ms', median(timings), 'ms', { atMost: 5000 }),
    result('sync.server_rss_mb', rssMb, 'MB', { atMost: 300 }),
  ];
}

/** Settings → Team: the project's status reads Synced (every document fetched, every change stored). */
async function untilSynced(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .locator(`[aria-label=${JSON.stringify(`Status of ${PROJECT}`)}]`, { hasText: /^Synced$/ })
    .waitFor({ timeout: 120_000 });
}
