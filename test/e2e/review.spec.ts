import { expect, test } from '@playwright/test';
import { readDownload } from './support/readDownload';
import { reviewLibraryJson } from './support/reviewLibrary';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(await reviewLibraryJson()) });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
});

test('a speaker page lists statements across articles in date order, and merging moves statements', async ({ page }) => {
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Antony Blinken', exact: true }).click();
  const articles = page.getByRole('heading', { level: 3 });
  await expect(articles).toHaveText([/^US announces sanctions/, /^Blinken presses allies/]);
  await expect(page.getByRole('listitem').filter({ hasText: 'Sanctions work best when we act together' })).toHaveCount(1);
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
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([/^Beijing rejects/, /^US announces sanctions/, /^Blinken presses allies/]);

  // The merge is one undoable step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('row', { name: /^Choose Blinken/ })).toHaveCount(1);
});

test('the Stances matrix shows Hua Chunying against the sanctions, with her quotes, and saves as SVG', async ({ page }) => {
  await page.getByRole('link', { name: 'Stances' }).click();
  const cell = page.getByRole('button', { name: /^Hua Chunying on Sanctions on Chinese officials over Xinjiang: 0 favor, 2 against/ });
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
  const wellFormed = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg);
  expect(wellFormed).toBe(true);
});

test('the topic page sets those for against those against, with a timeline', async ({ page }) => {
  await page.goto('/#/stances');
  await page.getByRole('columnheader').getByRole('link', { name: 'China commits genocide in Xinjiang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China commits genocide in Xinjiang');
  await expect(page.getByRole('region', { name: /^For/ })).toContainText('Antony Blinken');
  await expect(page.getByRole('region', { name: /^For/ })).toContainText('Ben Sasse');
  await expect(page.getByRole('region', { name: /^Against/ })).toContainText('Hua Chunying');
  await expect(page.getByRole('img', { name: 'Stances on China commits genocide in Xinjiang over time' })).toContainText('Hua Chunying');
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
