import { expect, test, type Page } from '@playwright/test';
import { selectText } from './support/selectText';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
});

/** Select `words` in the article, open the statement form with T, and return the form. */
async function tag(page: Page, words: string) {
  await selectText(page, words);
  await page.keyboard.press('t');
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form.locator('blockquote')).toHaveText(words);
  return form;
}

test('Kind defaults to Direct inside quotation marks, Mixed with some, Indirect without', async ({ page }) => {
  const cases = [
    // Straight marks just outside the selection.
    ['continues to commit genocide and crimes against humanity in Xinjiang.', 'direct'],
    // Curly marks just outside.
    ['serious human rights abuses', 'direct'],
    ['The sanctions are part of a coordinated effort with the European Union', 'indirect'],
    ["called the U.S. government's Xinjiang-related actions “absurdity,”", 'mixed'],
  ] as const;
  for (const [words, kind] of cases) {
    const form = await tag(page, words);
    await expect(form.getByLabel('Kind'), words).toHaveValue(kind);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  }
});

test('New speaker from selection keeps the name and takes the title as the role; an organisation is an organization', async ({
  page,
}) => {
  await selectText(page, 'Sen. Ben Sasse');
  await page
    .getByRole('toolbar', { name: 'Annotation' })
    .getByRole('button', { name: 'New speaker from selection' })
    .click();
  await expect(page.getByRole('status')).toContainText('Added “Ben Sasse” (Senator) to the speakers.');
  await selectText(page, 'Treasury Department');
  await page
    .getByRole('toolbar', { name: 'Annotation' })
    .getByRole('button', { name: 'New speaker from selection' })
    .click();
  await expect(page.getByRole('status')).toContainText(
    'Added “Treasury Department” (an organization) to the speakers.',
  );

  const form = await tag(page, 'Chairman Xi has blood on his hands.');
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('Ben Sasse');
  await speaker.press('Enter');
  await expect(form.getByLabel('Role')).toHaveValue('Senator');
  await form.getByRole('button', { name: 'Edit speaker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit speaker' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Ben Sasse');
  await expect(dialog.getByLabel('Position held')).toHaveValue('Senator');
  await expect(dialog.getByLabel('Speaker kind')).toHaveValue('person');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await speaker.fill('Treasury Department');
  await speaker.press('Enter');
  await form.getByRole('button', { name: 'Edit speaker' }).click();
  await expect(dialog.getByLabel('Name')).toHaveValue('Treasury Department');
  await expect(dialog.getByLabel('Speaker kind')).toHaveValue('organization');
});

test('a speaker typed in the form with an organisation’s name is registered as an organization', async ({ page }) => {
  const form = await tag(page, 'The sanctions are part of a coordinated effort with the European Union');
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('Treasury Department');
  await speaker.press('Enter');
  await expect(form.getByText('New speaker (an organization): added to the registry when you save.')).toBeVisible();
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Treasury Department' }).first().click();
  await expect(page.locator('dt:text-is("Kind") + dd')).toHaveText('organization');
});

test('Ctrl+Enter saves from the article right after marking the cue with C', async ({ page }) => {
  const form = await tag(page, 'The door to Xinjiang is always open.');
  await expect(form.getByLabel('Kind')).toHaveValue('direct');
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('Hua Chunying');
  await speaker.press('Enter');
  await selectText(page, 'said', 4); // "Hua said"
  await page.keyboard.press('c');
  await expect(form.locator('.qm-cue-preview')).toHaveText('said');
  await expect(page.getByRole('article')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(form).toBeHidden();
  const list = page.getByRole('list', { name: 'Statements in text order' });
  await expect(list).toContainText('The door to Xinjiang is always open.');
  await expect(list).toContainText('Hua Chunying');
  await expect(page.locator('.qm-cue[data-cue-for]')).toHaveText('said');
});
