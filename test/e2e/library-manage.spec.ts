import { expect, test, type Page } from '@playwright/test';
import { tagStatement } from './support/tagStatement';

const paste = async (page: Page, title: string, text: string) => {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
};

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('rich text pasted from a web page keeps its paragraphs and loses its markup', async ({ page }) => {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill('Pasted page');
  const html =
    '<meta charset="utf-8"><h2 style="color:red">Mayor backs plan</h2><p>The mayor said <b>yes</b>.<br>New line.</p>' +
    '<p onclick="window.__pwned=1">“It works,” she said.</p><script>window.__pwned=2</script><img src="http://example.com/x.png">';
  await dialog.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, h) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    data.setData('text/plain', 'plain fallback');
    el.focus();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(dialog.getByLabel('Article text')).toHaveValue(
    'Mayor backs plan\n\nThe mayor said yes.\nNew line.\n\n“It works,” she said.',
  );
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('article').locator('p')).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('loading the sample twice offers the existing article instead of a duplicate', async ({ page }) => {
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
  const url = page.url();
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('status')).toContainText('already in the library');
  await page.getByRole('button', { name: 'Open existing article' }).click();
  expect(page.url()).toBe(url);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('row', { name: /US announces sanctions/ })).toHaveCount(1);
});

test('search, sort, delete with confirmation, and undo', async ({ page }) => {
  await paste(page, 'Zoning board meets', 'The zoning board met on Monday to discuss the harbour.');
  await paste(page, 'Apple harvest early', 'Farmers said the apple harvest came early this year.');
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, 'The door to Xinjiang is always open.', { speaker: 'Hua Chunying' });
  await page.getByRole('link', { name: 'Library' }).click();

  await expect(page.getByRole('rowheader')).toHaveCount(3);
  await expect(page.getByRole('rowheader').first()).toHaveText(/^US announces/); // newest first
  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await expect(page.getByRole('rowheader')).toHaveText([
    'Apple harvest early',
    'US announces sanctions for Chinese officials over human rights abuses',
    'Zoning board meets',
  ]);
  await page.getByLabel('Sort by').selectOption({ label: 'Number of statements' });
  await expect(page.getByRole('rowheader').first()).toHaveText(/^US announces/);

  // Search looks in titles and in the text, ignoring case.
  await page.getByLabel('Search articles').fill('HARBOUR');
  await expect(page.getByRole('rowheader')).toHaveText(['Zoning board meets']);
  await page.getByLabel('Search articles').fill('uyghur');
  await expect(page.getByRole('rowheader')).toHaveText([
    'US announces sanctions for Chinese officials over human rights abuses',
  ]);
  await page.getByLabel('Search articles').fill('');

  // Delete asks first; Cancel keeps the article.
  await page
    .getByRole('button', {
      name: 'Delete article “US announces sanctions for Chinese officials over human rights abuses”',
    })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete article' });
  await expect(confirm).toContainText('its 1 statement?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
  await page
    .getByRole('button', {
      name: 'Delete article “US announces sanctions for Chinese officials over human rights abuses”',
    })
    .click();
  await page.getByRole('dialog', { name: 'Delete article' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
  await page.reload();
  await expect(
    page
      .getByRole('row', { name: /US announces sanctions/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
});

test('article details can be edited and survive a reload; bad values are refused', async ({ page }) => {
  await paste(page, 'Untitled paste', 'The council said the budget was balanced.');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: 'Article details' });
  await details.getByLabel('Title').fill('Council budget balanced');
  await details.getByLabel('Source').fill('The Valley Courier');
  await details.getByLabel('URL').fill('not a url');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('alert')).toContainText('URL');
  await details.getByLabel('URL').fill('https://courier.example/budget');
  await details.getByLabel('Published date').fill('2025-02-01');
  await details.getByLabel('Author').fill('Sam Writer');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council budget balanced');
  await expect(page.getByText('The Valley Courier · Sam Writer')).toBeVisible();
});
