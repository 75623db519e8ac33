import { expect, test } from '@playwright/test';
import { tagStatement } from './support/tagStatement';

test('suggest statements on the seed, review them, accept all, and find the speakers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  // A statement coded by hand is never suggested again.
  await tagStatement(page, 'The door to Xinjiang is always open.', { speaker: 'Hua Chunying', kind: 'Direct' });
  await page.getByRole('button', { name: 'Suggest statements' }).click();
  await expect(page.getByRole('status')).toContainText('suggested');
  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  const pending = items.filter({ has: page.getByRole('button', { name: 'Accept' }) });
  await expect.poll(() => pending.count()).toBeGreaterThan(5);
  await expect(page.locator('mark.qm-highlight--pending').first()).toBeVisible();
  await expect(items.filter({ hasText: 'The door to Xinjiang is always open.' })).toHaveCount(1);

  // Reject one with the keyboard, accept the rest with "Accept all".
  const before = await pending.count();
  await pending.first().getByRole('button').first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('r');
  await expect(pending).toHaveCount(before - 1);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(pending).toHaveCount(0);
  await expect(page.locator('mark.qm-highlight--pending')).toHaveCount(0);

  await page.getByRole('link', { name: 'Speakers' }).click();
  for (const name of ['Antony Blinken', 'Hua Chunying', 'Ben Sasse']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Ben Sasse' }).click();
  await expect(page.getByRole('link', { name: /Chairman Xi has blood on his hands/ })).toBeVisible();
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Antony Blinken' }).click();
  await expect(page.getByRole('link', { name: /The United States reiterates its calls on the PRC/ })).toBeVisible();
});
