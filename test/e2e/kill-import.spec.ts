import { expect, test, type Browser, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { generateLibrary } from '../../bench/fixtures/generateLibrary';
import { LIBRARY_10K } from '../../bench/fixtures/presets';

/**
 * What the page had done to IndexedDB, read by a passive probe: it counts
 * calls and listens for events, and changes nothing the app does.
 */
interface WriteProbe {
  /** put calls made, by table (Dexie's bulkPut makes one per record). */
  puts: Record<string, number>;
  /** A read-write transaction over the statements table has been opened. */
  opened: boolean;
  /** That transaction has committed ('complete'). */
  committed: boolean;
}

/** When to crash the renderer, judged by the probe after "Confirm import". */
interface KillPoint {
  name: string;
  ready: (probe: WriteProbe) => boolean;
}

const STATEMENTS = 10_000;
const ARTICLES = 100;

const KILL_POINTS: KillPoint[] = [
  { name: 'right after the Confirm click', ready: () => true },
  { name: 'once articles are being written', ready: (p) => (p.puts.articles ?? 0) > 0 },
  {
    name: 'with every statement sent but not committed',
    ready: (p) => (p.puts.statements ?? 0) >= STATEMENTS && !p.committed,
  },
  { name: 'after the commit', ready: (p) => p.committed },
];

/** Runs in the page before the app: wraps two IndexedDB methods to count what they are asked to do. */
function installWriteProbe(): void {
  const probe: WriteProbe = { puts: {}, opened: false, committed: false };
  Object.assign(window, { __writeProbe: probe });
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args);
    const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    if (args[1] === 'readwrite' && stores.includes('statements')) {
      probe.opened = true;
      tx.addEventListener('complete', () => (probe.committed = true));
    }
    return tx;
  } as IDBDatabase['transaction'];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    probe.puts[this.name] = (probe.puts[this.name] ?? 0) + 1;
    return put.apply(this, args);
  } as IDBObjectStore['put'];
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __writeProbe: WriteProbe }).__writeProbe);

/** Record counts read straight from IndexedDB, as the app left them. */
function countRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('quotemark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['articles', 'speakers', 'topics', 'statements'];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

interface Outcome {
  point: string;
  /** The probe as last read before the crash. */
  before: WriteProbe;
  /** Milliseconds from the Confirm click to the crash. */
  killedAfterMs: number;
  counts: Record<string, number>;
}

/** Import the file in a fresh profile, crash the renderer at `point`, reopen and count. */
async function killOnce(browser: Browser, file: string, point: KillPoint): Promise<Outcome> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(installWriteProbe);
    await page.goto('/');
    await expect(page.getByText('No articles yet')).toBeVisible();
    await page.getByLabel('Import annotations').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview.getByRole('row', { name: /Statements/ })).toContainText(String(STATEMENTS), {
      timeout: 30_000,
    });
    const cdp = await context.newCDPSession(page);
    await preview.getByRole('button', { name: 'Confirm import' }).click();
    const clicked = Date.now();
    let before = await readProbe(page);
    // A point missed on a fast machine ends at the commit rather than hanging.
    while (!point.ready(before) && !before.committed) {
      before = await readProbe(page);
      if (Date.now() - clicked > 20_000)
        throw new Error(`the import never reached "${point.name}": ${JSON.stringify(before)}`);
    }
    const crashed = page.waitForEvent('crash');
    // The crash takes the renderer down before CDP can answer, so the reply never comes.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const killedAfterMs = Date.now() - clicked;

    const reopened = await context.newPage();
    await reopened.goto('/');
    await expect(reopened.getByRole('heading', { name: 'Library' })).toBeVisible();
    const counts = await countRecords(reopened);
    // The app itself works on what was left, and shows all of the import or none of it.
    if (counts.articles === 0) await expect(reopened.getByText('No articles yet')).toBeVisible();
    // The Library windows a long list: the table says how many rows it has (and one header row).
    else await expect(reopened.getByRole('table')).toHaveAttribute('aria-rowcount', String(ARTICLES + 1));
    await expect(reopened.getByRole('alert')).toHaveCount(0);
    return { point: point.name, before, killedAfterMs, counts };
  } finally {
    await context.close();
  }
}

test('killing the page in the middle of a 10,000-statement import leaves all of it or none of it', async ({
  browser,
}, testInfo) => {
  // About 30 s (four imports of a 6 MB file); the margin is for a loaded machine.
  test.setTimeout(120_000);
  const library = await generateLibrary(LIBRARY_10K);
  expect(library.statements).toHaveLength(STATEMENTS);
  const file = testInfo.outputPath('library-10k.json');
  await writeFile(file, JSON.stringify(library));

  const outcomes: Outcome[] = [];
  for (const point of KILL_POINTS) outcomes.push(await killOnce(browser, file, point));
  await testInfo.attach('kill outcomes', { body: JSON.stringify(outcomes, null, 2), contentType: 'application/json' });
  console.log(JSON.stringify(outcomes));

  for (const { counts } of outcomes) {
    const all = {
      articles: ARTICLES,
      speakers: library.speakers.length,
      topics: library.topics.length,
      statements: STATEMENTS,
    };
    const none = { articles: 0, speakers: 0, topics: 0, statements: 0 };
    expect([all, none]).toContainEqual(counts);
  }
  // Proof a kill landed inside the write: statements had been put, the
  // transaction had not committed, and afterwards none of them are stored.
  const midWrite = ({ before, counts }: Outcome) =>
    (before.puts.statements ?? 0) > 0 && !before.committed && counts.statements === 0;
  expect(outcomes.filter(midWrite).length).toBeGreaterThan(0);
  // And the control: killed after the commit, everything is there.
  expect(outcomes.at(-1)?.counts.statements).toBe(STATEMENTS);
});
