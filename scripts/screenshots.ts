// Regenerates docs/screenshots/: the article view (with nested and crossing
// statements), the statement form, Speakers and Stances, on a laptop
// (1440×900) and a phone (390×844). Not part of `npm test`. Run after
// `npx vite build`: `npx tsx scripts/screenshots.ts` (PORT to move the server).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../test/e2e/support/chromiumLaunch';
import { reviewLibraryJson } from '../test/e2e/support/reviewLibrary';
import { selectText } from '../test/e2e/support/selectText';
import { tagStatement } from '../test/e2e/support/tagStatement';

const port = Number(process.env.PORT ?? 4191);
const base = `http://127.0.0.1:${port}`;
const out = 'docs/screenshots';
const SIZES = { laptop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

// Vite itself rather than npx, so that kill() stops the server and not only a wrapper.
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  await serverUp();
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  const page = await browser.newPage({ viewport: SIZES.laptop });
  // tsx (esbuild) wraps named functions in __name(), which the page lacks.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${base}/`);
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await reviewLibraryJson()),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await page.getByRole('rowheader').first().waitFor();
  await page.goto(`${base}/#/articles/seed`);
  // The sample already holds "absurdity," nested in Hua's longer quote; add a
  // statement nested in Sasse's quote and one that crosses two of Hua's.
  await tagStatement(page, 'The atrocities committed against the Uyghurs in the Xinjiang province are horrific', {
    speaker: 'Ben Sasse',
    kind: 'Direct',
    topic: 'China commits genocide in Xinjiang',
    stance: 'Favor',
  });
  await tagStatement(page, 'on lies and rumors,” Hua said. “The door to Xinjiang is always open.', {
    speaker: 'Chinese Foreign Ministry',
    kind: 'Mixed',
    claim: 'The accusations are lies; Xinjiang is open to visitors',
    topic: 'China commits genocide in Xinjiang',
    stance: 'Against',
  });

  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.goto(`${base}/#/`);
    await page.goto(`${base}/#/articles/seed`);
    await showText(page, 'I think Xinjiang-related issues');
    await shoot(page, `article-${size}`);
    // The form, opened on fresh words as a person would.
    await selectWords(page, 'commended Monday');
    await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
    await page.getByRole('form', { name: 'New statement' }).waitFor();
    await shoot(page, `form-${size}`);
    // The first Escape closes the Speaker suggestions, the second the form.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('form', { name: 'New statement' }).waitFor({ state: 'detached' });
    if (size === 'phone') {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, 'menu-phone');
    }
    await page.goto(`${base}/#/speakers`);
    await page.getByRole('heading', { name: 'Speakers' }).waitFor();
    await shoot(page, `speakers-${size}`);
    await page.goto(`${base}/#/stances`);
    await page.getByRole('table', { name: /Stances by speaker and topic/ }).waitFor();
    await page
      .getByRole('button', { name: /^Hua Chunying on .*mostly against/ })
      .first()
      .click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `stances-${size}`);
  }
  await browser.close();
} finally {
  server.kill();
}

async function serverUp(): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

/** Scroll the paragraph holding `words` near the top, with nothing selected. */
async function showText(page: Page, words: string): Promise<void> {
  await page
    .getByRole('article')
    .getByText(words)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
}

/** Select `words` with the mouse, again if the first drag did not take (the page may still be settling). */
async function selectWords(page: Page, words: string): Promise<void> {
  const tag = page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' });
  for (let tries = 0; tries < 3; tries++) {
    await selectText(page, words);
    if (await tag.isEnabled()) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`could not select "${words}"`);
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let the highlight flash and any smooth scrolling settle.
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}
