import { expect, test, type Page } from '@playwright/test';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';

/** Wait for the service worker to finish copying the build, then check it serves the next load. */
async function waitUntilAvailableOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after the first visit the app loads, codes a statement and keeps it with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitUntilAvailableOffline(page);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  // Loading the sample fetches a file and opens the lazily loaded article view.
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'US announces sanctions for Chinese officials over human rights abuses',
  );
  await tagStatement(page, HUA, { speaker: 'Hua Chunying', kind: 'Direct', topic: 'Xinjiang', stance: 'Against' });

  await page.reload();
  const mark = page.locator('[role=article] mark[data-statement-id]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(HUA);
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toContainText(
    'Hua Chunying',
  );

  // Every other view comes from the copy too.
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speakers');
  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stances');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link into the app opens offline too', async ({ page, context }) => {
  await page.goto('/');
  await waitUntilAvailableOffline(page);
  await context.setOffline(true);
  const other = await context.newPage();
  await other.goto('/?from=bookmark#/speakers');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Speakers');
});
