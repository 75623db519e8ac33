import { expect, test } from '@playwright/test';
import { createAnchor } from '../../src/core/anchoring/createAnchor';
import { prepareArticle } from '../../src/core/articles/prepareArticle';
import { buildEnvelope } from '../../src/core/exchange/buildEnvelope';
import { STANCES, type Statement } from '../../src/core/model/statement';
import { readDownload } from './support/readDownload';
import { reviewLibraryJson } from './support/reviewLibrary';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await reviewLibraryJson()),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
});

test('a speaker page lists statements across articles in date order, and merging moves statements', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Antony Blinken', exact: true }).click();
  const articles = page.getByRole('heading', { level: 3 });
  await expect(articles).toHaveText([/^US announces sanctions/, /^Blinken presses allies/]);
  await expect(page.getByRole('listitem').filter({ hasText: 'Sanctions work best when we act together' })).toHaveCount(
    1,
  );
  await expect(page.getByText('U.S. Secretary of State:')).toBeVisible();

  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('checkbox', { name: 'Choose Antony Blinken' }).check();
  await page.getByRole('checkbox', { name: 'Choose Blinken' }).check();
  await page.getByLabel('Keep').selectOption({ label: 'Antony Blinken' });
  await page.getByRole('button', { name: 'Merge speakers' }).click();
  await expect(page.getByRole('row', { name: /^Choose Blinken/ })).toHaveCount(0);
  const row = page.getByRole('row', { name: /Antony Blinken/ });
  await expect(row).toContainText('Blinken');
  await expect(row.getByRole('cell').nth(5)).toHaveText('5'); // statements
  await expect(row.getByRole('cell').nth(6)).toHaveText('3'); // articles
  await page.getByRole('link', { name: 'Antony Blinken', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    /^Beijing rejects/,
    /^US announces sanctions/,
    /^Blinken presses allies/,
  ]);

  // The merge is one undoable step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('row', { name: /^Choose Blinken/ })).toHaveCount(1);
});

test('the Stances matrix shows Hua Chunying against the sanctions, with her quotes, and saves as SVG', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Stances' }).click();
  const cell = page.getByRole('button', {
    name: /^Hua Chunying on Sanctions on Chinese officials over Xinjiang: 0 favor, 2 against/,
  });
  await expect(cell).toContainText('against 2');
  await cell.click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByRole('link', { name: '“absurdity,”' })).toBeVisible();
  await expect(evidence.getByRole('link', { name: '“based on lies”' })).toBeVisible();
  await evidence.getByRole('link', { name: '“absurdity,”' }).click();
  await expect(page.locator('mark.qm-highlight--active')).toHaveText('absurdity,');
  await page.goBack();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save chart as SVG' }).click();
  const svg = await readDownload(await downloading);
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('Hua Chunying');
  const wellFormed = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  );
  expect(wellFormed).toBe(true);
});

test('the topic page sets those for against those against, with a timeline', async ({ page }) => {
  await page.goto('/#/stances');
  await page.getByRole('columnheader').getByRole('link', { name: 'China commits genocide in Xinjiang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China commits genocide in Xinjiang');
  await expect(page.getByRole('region', { name: /^For/ })).toContainText('Antony Blinken');
  await expect(page.getByRole('region', { name: /^For/ })).toContainText('Ben Sasse');
  await expect(page.getByRole('region', { name: /^Against/ })).toContainText('Hua Chunying');
  await expect(
    page.getByRole('img', { name: 'Stances on China commits genocide in Xinjiang over time' }),
  ).toContainText('Hua Chunying');
});

test('views follow changes made in another tab', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/#/stances');
  const cell = other.getByRole('button', { name: /^Hua Chunying on Sanctions on Chinese officials over Xinjiang/ });
  await expect(cell).toContainText('against 2');
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Hua Chunying' }).click();
  await page.getByRole('link', { name: '“absurdity,”' }).click();
  await page.getByRole('button', { name: 'Delete statement' }).click();
  await expect(cell).toContainText('against 1');
});

/** A library of one article in which each of 150 speakers speaks on 60 topics, one statement each. */
async function wideLibraryJson(speakerCount: number, topicCount: number): Promise<string> {
  const stamp = '2026-11-28T12:00:00.000Z';
  const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
  const article = await prepareArticle(
    { title: 'Wide matrix', text: `${words.join(' ')} end.` },
    { id: 'wide', now: new Date(stamp) },
  );
  if (!article.ok) throw new Error(article.error);
  const text = article.value.text;
  const statements: Statement[] = [];
  for (let r = 0; r < speakerCount; r++) {
    for (let c = 0; c < topicCount; c++) {
      const word = words[(r * topicCount + c) % words.length]!;
      const start = text.indexOf(`${word} `);
      const quote = createAnchor(text, start, start + word.length);
      if (!quote) throw new Error(`no ${word} in the text`);
      statements.push({
        id: `wide-${r}-${c}`,
        articleId: 'wide',
        speakerId: `wide-sp-${r}`,
        quote,
        kind: 'direct',
        topicId: `wide-t-${c}`,
        stance: STANCES[(r + c) % STANCES.length],
        tags: [],
        origin: 'manual',
        status: 'confirmed',
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  const speakers = Array.from({ length: speakerCount }, (_, r) => ({
    id: `wide-sp-${r}`,
    name: `Wide speaker ${r}`,
    aliases: [],
    kind: 'person' as const,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const topics = Array.from({ length: topicCount }, (_, c) => ({ id: `wide-t-${c}`, label: `Wide topic ${c}` }));
  return JSON.stringify(buildEnvelope({ articles: [article.value], speakers, topics, statements }));
}

test('a large matrix keeps only a window of cells in the page, and the arrow keys scroll the next cell into view', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'wide.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await wideLibraryJson(150, 60)),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported');
  await page.getByRole('link', { name: 'Stances' }).click();

  const table = page.getByRole('table', { name: /Stances by speaker and topic/ });
  await expect(table).toBeVisible();
  const rows = Number(await table.getAttribute('aria-rowcount'));
  expect(rows).toBeGreaterThan(150);
  expect(Number(await table.getAttribute('aria-colcount'))).toBeGreaterThan(60);
  expect(await table.getByRole('button').count()).toBeLessThan(600); // of 9,000 and more

  const box = page.locator('.qm-matrix-window');
  const header = table.locator('thead');
  /** The focused cell lies wholly inside the scroll box, clear of the sticky header row and speaker column, and on screen. */
  const focusedInView = async () => {
    const screen = page.viewportSize();
    const [cell, view, head, side] = await Promise.all([
      page.locator(':focus').boundingBox(),
      box.boundingBox(),
      header.boundingBox(),
      table.locator('tbody th').first().boundingBox(),
    ]);
    if (!cell || !view || !head || !side || !screen) return false;
    const inBox =
      cell.y >= head.y + head.height - 1 &&
      cell.y + cell.height <= view.y + view.height + 1 &&
      cell.x >= side.x + side.width - 1 &&
      cell.x + cell.width <= view.x + view.width + 1;
    return inBox && cell.y >= -1 && cell.y + cell.height <= screen.height + 1;
  };

  await table.locator('button[tabindex="0"]').focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-row', '40');
  await expect(page.locator(':focus')).toHaveAccessibleName(/ on /);
  await expect(page.locator(':focus').locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', '42');
  await expect.poll(focusedInView).toBe(true);

  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute(
    'data-column',
    String(Number(await table.getAttribute('aria-colcount')) - 2),
  );
  await expect.poll(focusedInView).toBe(true);
  // The last wide topic (the sample's topics, with fewer statements, come after the 60), far from the first
  // window, says what its speaker said on it: speaker r took stance (r + c) mod 5 on topic c once, quoting
  // word (r × 60 + c) mod 400.
  const lastColumn = Number(await table.getAttribute('aria-colcount')) - 2;
  for (let i = lastColumn; i > 59; i--) await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('data-column', '59');
  await expect.poll(focusedInView).toBe(true);
  const farLabel = (await page.locator(':focus').getAttribute('aria-label')) ?? '';
  const far = /^Wide speaker (\d+) on Wide topic (\d+): (.*)$/.exec(farLabel);
  expect(far, farLabel).not.toBeNull();
  const [r, c] = [Number(far?.[1]), Number(far?.[2])];
  const stance = STANCES[(r + c) % STANCES.length] ?? '';
  expect(far?.[3]).toBe(`${STANCES.map((s) => `${s === stance ? 1 : 0} ${s}`).join(', ')}; mostly ${stance}`);
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText(`Wide speaker ${r} on Wide topic ${c}`);
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await expect(evidence.getByRole('link', { name: `“word${(r * 60 + c) % 400}”` })).toBeVisible();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('data-row', '28');
  await expect.poll(focusedInView).toBe(true);
  const chosen = (await page.locator(':focus').getAttribute('aria-label'))?.split(':')[0] ?? '';
  expect(chosen).toMatch(/^.+ on .+$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(chosen);
});
