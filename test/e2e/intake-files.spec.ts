import { expect, test, type Page } from '@playwright/test';
import { dropFiles, fixtureFile } from './support/fixtureFile';
import { pageSettled } from './support/pageSettled';

const openFiles = (page: Page, ...files: ReturnType<typeof fixtureFile>[]) =>
  page.getByLabel('Open article file').setInputFiles(files);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a .txt file opens as an article titled by its first line', async ({ page }) => {
  await openFiles(page, fixtureFile('article.txt', 'text/plain'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Council approves river footbridge after year-long dispute',
  );
  const article = page.getByRole('article');
  await expect(article).toContainText('“This bridge will connect the two halves of our town');
  expect(await article.locator('p').count()).toBeGreaterThanOrEqual(4);
});

test('a .md file is reduced to plain text with its paragraphs kept', async ({ page }) => {
  await openFiles(page, fixtureFile('article.md', 'text/markdown'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour ferry service to resume');
  const article = page.getByRole('article');
  await expect(article).toContainText(
    'The harbour ferry will run again from 1 June, the port authority said on Monday',
  );
  await expect(article).toContainText('north pier');
  const text = await article.innerText();
  expect(text).not.toMatch(/[*#]|\]\(|<script|__pwned|title: /);
  await expect(article.locator('p').filter({ hasText: 'A new stop at Quay 3' })).toHaveCount(1);
});

test('a saved news page keeps the article body and its metadata, and drops the page furniture', async ({ page }) => {
  await openFiles(page, fixtureFile('news-page.html', 'text/html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Water board defends price rise as customers object',
  );
  await expect(page.getByText('The Valley Courier')).toBeVisible();
  const article = page.getByRole('article');
  await expect(article).toContainText('“We cannot keep patching equipment');
  await expect(article).not.toContainText('We use cookies');
  await expect(article).not.toContainText('Leakage figures published');
  expect(await article.locator('p').count()).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: 'Article details' });
  await expect(details.getByLabel('URL')).toHaveValue('https://courier.example/news/2025/03/14/water-board-price-rise');
  await expect(details.getByLabel('Published date')).toHaveValue('2025-03-14');
});

test('dropping several files makes several articles', async ({ page }) => {
  const library = page.getByRole('region', { name: 'Library' });
  await dropFiles(page, library, [
    fixtureFile('article.txt', 'text/plain'),
    fixtureFile('article.md', 'text/markdown'),
    fixtureFile('news-page.html', 'text/html'),
  ]);
  await expect(page.getByRole('status')).toContainText('Added');
  for (const title of [
    'Council approves river footbridge',
    'Harbour ferry service to resume',
    'Water board defends price rise',
  ]) {
    await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  }
  // Dropping the same file again does not duplicate it.
  await dropFiles(page, library, [fixtureFile('article.txt', 'text/plain')]);
  await expect(page.getByRole('status')).toContainText('already in the library');
  await expect(page.getByRole('row', { name: /Council approves/ })).toHaveCount(1);
});

test('a large drop shows its progress and adds every file', async ({ page }) => {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) seen.push(`${bar.value}/${bar.max}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `story-${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Story number ${i + 1}\n\n“Quote ${i + 1},” said a spokesperson.`),
  }));
  await dropFiles(page, page.getByRole('region', { name: 'Library' }), files);
  await expect(page.getByRole('rowheader')).toHaveCount(12);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen).toContain('0/12');
  expect(seen.some((s) => /^([1-9]|1[01])\/12$/.test(s))).toBe(true);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('a hostile page imports as clean text and nothing in it runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const foreign: string[] = [];
  page.on('request', (r) => {
    const origin = new URL(page.url()).origin;
    if (new URL(r.url()).origin !== origin && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      foreign.push(r.url());
  });
  await openFiles(page, fixtureFile('hostile.html', 'text/html'));
  const article = page.getByRole('article');
  await expect(article).toContainText('Bus drivers in Northfield have voted to strike');
  await expect(article).toContainText('Passengers have been told to check timetables');
  const text = await article.innerText();
  expect(text).not.toMatch(/__pwned|alert\(|javascript:|<\w/);
  // Error and load events of anything injected have fired by then.
  await pageSettled(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  await expect(page.locator('iframe, object, embed, svg[onload], img[onerror]')).toHaveCount(0);
});

test('bad files are each refused by name while good files in the same drop still import', async ({ page }) => {
  const library = page.getByRole('region', { name: 'Library' });
  const huge = { name: 'huge.txt', mimeType: 'text/plain', size: 6 * 1024 * 1024 };
  await dropFiles(page, library, [
    fixtureFile('empty.txt', 'text/plain'),
    fixtureFile('binary.txt', 'text/plain'),
    fixtureFile('notes.pdf', 'application/pdf'),
    fixtureFile('no-article.html', 'text/html'),
    huge,
    fixtureFile('latin1.txt', 'text/plain'),
    fixtureFile('article.txt', 'text/plain'),
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('5 files were not imported');
  await expect(alert).toContainText(/“empty\.txt”.*empty/);
  await expect(alert).toContainText(/“binary\.txt”.*binary/);
  await expect(alert).toContainText(/“notes\.pdf”.*not a supported file type/);
  await expect(alert).toContainText(/“no-article\.html”.*no readable article/);
  await expect(alert).toContainText(/“huge\.txt” is 6\.0 MB; the limit is 5 MB/);
  const status = page.getByRole('status');
  await expect(status).toContainText(/latin1\.txt.*Windows-1252/);
  await expect(page.getByRole('row')).toHaveCount(3); // header + latin1 + article
  // The page with no article can still be imported as its visible text.
  await page.getByRole('button', { name: 'Import visible text of “no-article.html”' }).click();
  await expect(page.getByRole('article')).toContainText('Choose a section to start reading.');
});

test('the Windows-1252 file is decoded correctly', async ({ page }) => {
  await openFiles(page, fixtureFile('latin1.txt', 'text/plain'));
  await expect(page.getByRole('status')).toContainText('Windows-1252');
  await page.getByRole('status').getByRole('link').click();
  // Web-first: the editor is created, then given the text.
  const article = page.getByRole('article');
  await expect(article).toContainText(/é/);
  await expect(article).toContainText(/[’“”]/);
  await expect(article).not.toContainText('\uFFFD');
});
