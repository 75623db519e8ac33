import { expect, test, type Page } from '@playwright/test';
import { reviewLibraryJson } from './support/reviewLibrary';
import { GENOCIDE, SANCTIONS } from './support/seedGold';

// The review library: the seed article (12 statements, Ben Sasse has 3 of
// them) and two short ones; topics "Sanctions …" (10 statements in 2
// articles) and "China commits genocide …" (6 in 2).
test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await reviewLibraryJson()),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
});

const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true }).click();

/** The seed article's sidebar with its filters open. */
async function openSeedSidebar(page: Page) {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: /^US announces sanctions/ }).click();
  const sidebar = page.getByRole('complementary', { name: 'Statements' });
  await expect(sidebar.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(12);
  await sidebar.getByRole('button', { name: 'Filter' }).click();
  return sidebar;
}

test('deleting a speaker asks with the count, keeps the quotes as "No speaker", and Undo restores it', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Ben Sasse', exact: true }).click();
  await page.getByRole('button', { name: 'Delete speaker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete speaker Ben Sasse?' });
  await expect(dialog).toContainText(
    'Ben Sasse has 3 statements in 1 article. They keep their quotes and get no speaker.',
  );
  await dialog.getByRole('button', { name: 'Delete speaker' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted speaker Ben Sasse.' })).toContainText(
    '3 statements in 1 article now have no speaker',
  );

  const sidebar = await openSeedSidebar(page);
  const speakerFilter = sidebar.getByRole('combobox', { name: 'Speaker' });
  await expect(speakerFilter.getByRole('option', { name: 'Ben Sasse' })).toHaveCount(0);
  await speakerFilter.selectOption({ label: 'No speaker' });
  const items = sidebar.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('No speaker');
  await expect(sidebar.getByRole('list', { name: 'Statements in text order' })).toContainText(
    'Chairman Xi has blood on his hands.',
  );
  // The statement form's speaker picker does not offer him either.
  await items.first().getByRole('button').first().click();
  const form = page.getByRole('form', { name: 'Edit statement' });
  await form.getByRole('combobox', { name: 'Speaker' }).fill('Sasse');
  await expect(form.getByRole('listbox', { name: 'Speaker suggestions' })).toBeVisible();
  await expect(
    form.getByRole('listbox', { name: 'Speaker suggestions' }).getByRole('option', { name: /^Ben Sasse/ }),
  ).toHaveCount(0);

  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('link', { name: 'Ben Sasse', exact: true })).toHaveCount(0);
  await undo(page);
  const row = page.getByRole('row', { name: /Ben Sasse/ });
  await expect(row.getByRole('cell').nth(5)).toHaveText('3'); // statements

  const restored = await openSeedSidebar(page);
  await restored.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Ben Sasse' });
  const theirs = restored.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(theirs).toHaveCount(3);
  await theirs.first().getByRole('button').first().click();
  const again = page.getByRole('form', { name: 'Edit statement' });
  await again.getByRole('combobox', { name: 'Speaker' }).fill('Sasse');
  await expect(
    again.getByRole('listbox', { name: 'Speaker suggestions' }).getByRole('option', { name: /^Ben Sasse/ }),
  ).toHaveCount(1);
});

test('deleting a topic asks with the count, leaves its statements with "No topic", and Undo restores it', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('link', { name: GENOCIDE })).toBeVisible(); // its matrix column
  await page.getByRole('link', { name: 'All topics' }).click();
  const genocideRow = page.getByRole('row', { name: new RegExp(GENOCIDE) });
  await expect(genocideRow.getByRole('cell').nth(1)).toHaveText('6');
  await genocideRow.getByRole('link', { name: GENOCIDE }).click();
  await page.getByRole('button', { name: 'Delete topic' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete topic “${GENOCIDE}”?` });
  await expect(dialog).toContainText(
    `“${GENOCIDE}” has 6 statements in 2 articles. They keep their quotes and stances and get no topic.`,
  );
  await dialog.getByRole('button', { name: 'Delete topic' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted topic “${GENOCIDE}”.` })).toBeVisible();

  const sidebar = await openSeedSidebar(page);
  const topicFilter = sidebar.getByRole('combobox', { name: 'Topic' });
  await expect(topicFilter.getByRole('option', { name: GENOCIDE })).toHaveCount(0);
  await topicFilter.selectOption({ label: 'No topic' });
  const items = sidebar.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(4);
  for (const item of await items.all()) await expect(item).toContainText('No topic');
  await expect(items.filter({ hasText: 'The door to Xinjiang is always open.' })).toContainText('Against'); // the stance is kept

  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('link', { name: SANCTIONS })).toBeVisible();
  await expect(page.getByRole('link', { name: GENOCIDE })).toHaveCount(0);
  await undo(page);
  await expect(page.getByRole('link', { name: GENOCIDE })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Hua Chunying on China commits genocide in Xinjiang: 0 favor, 3 against/ }),
  ).toBeVisible();
});

test('merging two topics moves the statements with their stances, and Undo splits them again', async ({ page }) => {
  await page.getByRole('link', { name: 'Stances' }).click();
  await page.getByRole('link', { name: 'All topics' }).click();
  await page.getByRole('checkbox', { name: `Choose ${GENOCIDE}` }).check();
  await page.getByRole('checkbox', { name: `Choose ${SANCTIONS}` }).check();
  await page.getByLabel('Keep').selectOption({ label: SANCTIONS });
  await page.getByRole('button', { name: 'Merge topics' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Merged into “${SANCTIONS}”: 6 statements moved.` }),
  ).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveText([SANCTIONS]);
  await expect(
    page
      .getByRole('row', { name: new RegExp(SANCTIONS) })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('16');

  await page.getByRole('link', { name: 'Back to Stances' }).click();
  await expect(page.getByRole('link', { name: GENOCIDE })).toHaveCount(0);
  await expect(
    page.getByRole('button', {
      name: /^Hua Chunying on Sanctions on Chinese officials over Xinjiang: 0 favor, 5 against/,
    }),
  ).toBeVisible();

  await undo(page);
  await expect(
    page.getByRole('button', {
      name: /^Hua Chunying on Sanctions on Chinese officials over Xinjiang: 0 favor, 2 against/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Hua Chunying on China commits genocide in Xinjiang: 0 favor, 3 against/ }),
  ).toBeVisible();
});
