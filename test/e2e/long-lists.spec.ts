import { expect, test, type Page } from '@playwright/test';
import { buildEnvelope } from '../../src/core/exchange/buildEnvelope';
import type { Article } from '../../src/core/model/article';
import type { Speaker } from '../../src/core/model/speaker';
import { textSha256 } from '../../src/core/text/textSha256';

const STAMP = Date.UTC(2026, 0, 1);
const at = (minutes: number) => new Date(STAMP + minutes * 60_000).toISOString();
const COUNT = 400;

/** A library of 400 short articles ("Report 0" oldest) and 400 speakers: longer than a list renders whole. */
async function longLibraryJson(): Promise<string> {
  const articles: Article[] = await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const text = `Council meeting number ${i} discussed the harbour.`;
      return {
        id: `article-${i}`,
        title: `Report ${i}`,
        text,
        textSha256: await textSha256(text),
        createdAt: at(i),
        updatedAt: at(i),
      };
    }),
  );
  const speakers: Speaker[] = Array.from({ length: COUNT }, (_, i) => ({
    id: `speaker-${i}`,
    name: `Speaker ${String(i).padStart(3, '0')}`,
    aliases: [],
    kind: 'person',
    createdAt: at(i),
    updatedAt: at(i),
  }));
  return JSON.stringify(buildEnvelope({ articles, speakers, topics: [], statements: [] }, new Date(STAMP)));
}

async function scrollToEnd(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

test('long lists render the rows in view, and every row is found by scrolling or searching', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await longLibraryJson()),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();

  const articles = page.getByRole('table', { name: 'Articles in the library' });
  await expect(articles.getByRole('row', { name: /Report 399/ })).toBeVisible(); // newest first
  await expect(articles).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  expect(await articles.getByRole('rowheader').count()).toBeLessThan(COUNT);
  await expect(articles.getByRole('row', { name: /Report 0\b/ })).toHaveCount(0);
  await scrollToEnd(page);
  await expect(articles.getByRole('row', { name: /Report 0\b/ })).toBeVisible();

  // Search answers from every article, in titles and texts alike.
  await page.getByLabel('Search articles').fill('number 17');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    `11 of ${COUNT} articles match “number 17”`,
  );
  await expect(articles.getByRole('rowheader')).toHaveCount(11);
  await page.getByLabel('Search articles').fill('report 5');
  await expect(articles.getByRole('rowheader')).toHaveText([
    'Report 59',
    'Report 58',
    'Report 57',
    'Report 56',
    'Report 55',
    'Report 54',
    'Report 53',
    'Report 52',
    'Report 51',
    'Report 50',
    'Report 5',
  ]);

  await page.getByRole('link', { name: 'Speakers' }).click();
  const speakers = page.getByRole('region', { name: 'Speakers' }).getByRole('table');
  await expect(speakers.getByRole('row', { name: /Speaker 000/ })).toBeVisible();
  expect(await speakers.getByRole('rowheader').count()).toBeLessThan(COUNT);
  await scrollToEnd(page);
  await expect(speakers.getByRole('row', { name: /Speaker 399/ })).toBeVisible();
  await page.getByLabel('Search speakers').fill('speaker 250');
  await expect(speakers.getByRole('rowheader')).toHaveText(['Speaker 250']);
});
