import { expect, test, type Page } from '@playwright/test';

const paste = async (page: Page, title: string, text: string) => {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  return dialog;
};

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const [what, title, text, message] of [
  ['empty text', 'A title', '', /text is empty/],
  ['whitespace-only text', 'A title', '   \n\n\t  ', /only whitespace/],
  ['a 10,000-character title', 'x'.repeat(10_000), 'Some text.', /10,000 characters long; the limit is 500/],
] as const) {
  test(`pasting ${what} is refused with a clear message and stores nothing`, async ({ page }) => {
    const dialog = await paste(page, title, text);
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect(page.getByText('No articles yet')).toBeVisible();
  });
}

test('text with NUL bytes is refused', async ({ page }) => {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill('Binary');
  // Typing cannot produce NUL; a paste of binary data can, so set the value as a paste would.
  await dialog.getByLabel('Article text').evaluate((el: HTMLTextAreaElement) => {
    el.focus();
    document.execCommand('insertText', false, 'PK\u0003\u0004\u0000\u0000binary');
  });
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('NUL byte');
  await page.reload();
  await expect(page.getByText('No articles yet')).toBeVisible();
});

test('a pasted article is added and listed with its statement count', async ({ page }) => {
  await paste(
    page,
    'Council votes on budget',
    '“We will not raise taxes,” the mayor said.\r\n\r\nThe council voted 7–2.',
  );
  await expect(page.getByRole('article')).toContainText('The council voted 7–2.');
  await expect(page.getByRole('article').locator('p')).toHaveCount(2);
  await page.getByRole('link', { name: 'Library' }).click();
  const row = page.getByRole('row', { name: /Council votes on budget/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(3)).toHaveText('0');
});
