import type { Page } from '@playwright/test';
import { searchKey } from '../../src/core/text/searchKey';
import type { Envelope } from '../../src/core/model/envelope';
import { result, type BenchResult } from '../measure/BenchResult';
import { clickProbe, paintProbe } from '../measure/paintProbe';
import { median, repeat } from '../measure/stats';
import type { BenchContext } from './BenchContext';

/** The Library with its articles listed. */
const LIBRARY = `document.querySelector('section[aria-labelledby="library-heading"] tbody a[href^="#/articles/"]')`;
/** The Speakers list with its rows. */
const SPEAKERS = `document.querySelector('section[aria-labelledby="speakers-heading"] tbody a[href^="#/speakers/"]')`;
const SETTINGS = `document.querySelector('section[aria-labelledby="settings-heading"] h1')`;
const SEARCH_BOX = 'section[aria-labelledby="library-heading"] input[type="search"]';
/** How long the person looks at a view before clicking or typing (see reviewScenario). */
const LOOK_MS = 1000;
/** The pause between keystrokes once the list has answered the last one: a person typing steadily. */
const BETWEEN_KEYS_MS = 150;
/**
 * What the person types: a word of the generated headlines that no
 * sentence of the prose uses, so its first letters match every article (by
 * their text) and the rest narrow the list to the titles.
 */
export const LIBRARY_QUERY = 'lithium';

/** One keystroke of the query: the query so far and how many articles it matches. */
export interface SearchStep {
  key: string;
  query: string;
  matches: number;
}

/** The keystrokes of `query` with the number of articles of `library` each prefix matches (title or text). */
export function searchSteps(library: Envelope, query: string): SearchStep[] {
  const keys = library.articles.map((a) => [searchKey(a.title), searchKey(a.text)] as const);
  return [...query].map((key, i) => {
    const typed = query.slice(0, i + 1);
    const wanted = searchKey(typed);
    const matches = keys.filter(([title, text]) => title.includes(wanted) || text.includes(wanted)).length;
    return { key, query: typed, matches };
  });
}

/**
 * The big library (1,000 articles, 100,000 statements, 5,000 speakers;
 * already seeded), in a fresh tab each run:
 * - open_100k_ms: the app open on Settings for a second, a click on
 *   Library in the main navigation, until the article rows are painted and
 *   the page idle;
 * - search_ms: then, after a second's look, the query typed into the
 *   Library's search box one key at a time: from each keydown until the
 *   list answers that query (the count of matches with the query shown,
 *   checked against the fixture) and a frame is painted; the median over
 *   every keystroke of every run;
 * - speakers_5k_ms: the app open on Settings, a click on Speakers, until
 *   its rows are painted and the page idle;
 * - open_cold_ms: a new tab opened straight on the Library, from navigation.
 */
export async function libraryScenario(bench: BenchContext, steps: SearchStep[]): Promise<BenchResult[]> {
  const open: number[] = [];
  const search: number[] = [];
  const speakers: number[] = [];
  const cold: number[] = [];
  await repeat(bench.runs, async (run) => {
    const [o, keys] = await openAndSearch(bench, steps);
    const s = await clickFromSettings(bench, 'speakers', SPEAKERS);
    const c = await coldOpen(bench);
    if (run >= 0) {
      open.push(o);
      search.push(...keys);
      speakers.push(s);
      cold.push(c);
    }
    bench.log(
      `  library run ${run}: open ${o.toFixed(0)} ms, keys ${keys.map((k) => k.toFixed(0)).join(' ')} ms, speakers ${s.toFixed(0)} ms, cold ${c.toFixed(0)} ms`,
    );
    return o;
  });
  return [
    result('library.open_100k_ms', median(open), 'ms', { atMost: 500 }),
    result('library.search_ms', median(search), 'ms', { atMost: 100 }),
    result('library.search_max_ms', Math.max(...search), 'ms'),
    result('library.speakers_5k_ms', median(speakers), 'ms', { atMost: 300 }),
    result('library.open_cold_ms', median(cold), 'ms'),
  ];
}

/** The Library opened by its link from Settings, then the query typed: the open's ms and each key's. */
async function openAndSearch(bench: BenchContext, steps: SearchStep[]): Promise<[number, number[]]> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript(paintProbe(SETTINGS));
    await page.goto(`${bench.baseUrl}/#/settings`);
    await doneAt(page);
    await page.waitForTimeout(LOOK_MS);
    await page.evaluate(clickProbe('nav[aria-label="Main"] a[href="#/"]', LIBRARY));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const opened = await doneAt(page);
    await page.waitForTimeout(LOOK_MS);
    await page.locator(SEARCH_BOX).focus();
    await page.evaluate((box) => {
      document.querySelector(box)?.addEventListener('keydown', (e) => (window.__benchKeyAt = e.timeStamp), true);
    }, SEARCH_BOX);
    const keys: number[] = [];
    for (const step of steps) {
      await page.keyboard.press(step.key);
      keys.push(await page.evaluate(answered, step));
      await page.waitForTimeout(BETWEEN_KEYS_MS);
    }
    return [opened, keys];
  } finally {
    await page.close();
  }
}

/**
 * In the page: wait until the Library's status says how many articles match
 * this query (what the list shows with it), then a frame; ms since the keydown.
 */
async function answered(step: SearchStep): Promise<number> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const statuses = () =>
    [...document.querySelectorAll('section[aria-labelledby="library-heading"] [role="status"]')].map(
      (element) => element.textContent ?? '',
    );
  const deadline = performance.now() + 30_000;
  for (;;) {
    const texts = statuses();
    if (texts.some((text) => text.includes(`“${step.query}”`) && text.startsWith(`${step.matches} of `))) break;
    if (performance.now() > deadline) throw new Error(`no answer to “${step.query}”: ${texts.join(' | ')}`);
    await frame();
  }
  await frame();
  return performance.now() - (window.__benchKeyAt ?? Number.NaN);
}

async function clickFromSettings(bench: BenchContext, view: string, ready: string): Promise<number> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript(paintProbe(SETTINGS));
    await page.goto(`${bench.baseUrl}/#/settings`);
    await doneAt(page);
    await page.waitForTimeout(LOOK_MS);
    await page.evaluate(clickProbe(`nav[aria-label="Main"] a[href="#/${view}"]`, ready));
    await page.locator(`nav[aria-label="Main"] a[href="#/${view}"]`).click();
    return await doneAt(page);
  } finally {
    await page.close();
  }
}

async function coldOpen(bench: BenchContext): Promise<number> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript(paintProbe(LIBRARY));
    await page.goto(`${bench.baseUrl}/#/`);
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
    /** The timestamp of the last keydown in the Library's search box. */
    __benchKeyAt?: number;
  }
}
