import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reviewLibraryJson } from './support/reviewLibrary';

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

test('no serious or critical accessibility violations in any view', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await reviewLibraryJson()),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
  expect(await seriousViolations(page), 'Library').toEqual([]);

  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await expect(page.locator('mark[data-statement-id]').first()).toBeVisible();
  expect(await seriousViolations(page), 'Article').toEqual([]);

  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('heading', { name: 'Speakers' })).toBeVisible();
  expect(await seriousViolations(page), 'Speakers').toEqual([]);

  await page.getByRole('link', { name: 'Hua Chunying' }).click();
  await expect(page.getByRole('heading', { name: /Hua Chunying/ })).toBeVisible();
  expect(await seriousViolations(page), 'Speaker page').toEqual([]);

  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('heading', { name: 'Stances' })).toBeVisible();
  expect(await seriousViolations(page), 'Stances').toEqual([]);

  await page
    .getByRole('table')
    .getByRole('link', { name: 'Sanctions on Chinese officials over Xinjiang' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Sanctions on Chinese officials over Xinjiang/);
  expect(await seriousViolations(page), 'Topic page').toEqual([]);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Statements created since')).toBeVisible();
  expect(await seriousViolations(page), 'Settings').toEqual([]);
});
