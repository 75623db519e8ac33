import { expect, test } from '@playwright/test';

test('a bug in an action is shown as one, logged with its stack, and not as a storage failure', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Paste article' })).toBeVisible();
  // What an awaited save that hits a bug leaves behind: a rejection nobody handles.
  await page.evaluate(() => {
    void Promise.reject(new TypeError('statement.quote is undefined'));
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert).toContainText(
    'Something went wrong — your data is safe. The error was: statement.quote is undefined',
  );
  await expect(alert).not.toContainText('storage');
  expect(
    logged.some(
      (line) => line.startsWith('Quotemark: an action failed') && line.includes('statement.quote is undefined'),
    ),
  ).toBe(true);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  // The app carries on.
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page).toHaveURL(/#\/speakers$/);
});
