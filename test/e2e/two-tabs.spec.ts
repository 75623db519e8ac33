import { expect, test, type Page } from '@playwright/test';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';
const SASSE = 'Chairman Xi has blood on his hands.';
const TOPIC = 'Sanctions on Chinese officials over Xinjiang';

const statementItems = (page: Page) =>
  page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
const editForm = (page: Page) => page.getByRole('form', { name: 'Edit statement' });

/** Two pages of one browser on the sample article: two tabs of the same library. */
async function twoTabsOnTheSample(a: Page, b: Page): Promise<void> {
  await a.goto('/');
  await a.getByRole('button', { name: 'Load sample article' }).click();
  await expect(a.getByRole('article')).toContainText('Hua Chunying');
  await b.goto(a.url());
  await expect(b.getByRole('article')).toContainText('Hua Chunying');
}

test('a statement tagged in one tab appears in the other; saving over a change from the other tab warns first', async ({
  page: a,
  context,
}) => {
  const b = await context.newPage();
  await twoTabsOnTheSample(a, b);

  await tagStatement(a, HUA, { speaker: 'Hua Chunying', kind: 'Direct' });
  // No reload: the other tab's highlight and sidebar follow.
  await expect(b.locator('[role=article] mark[data-statement-id]')).toHaveText([HUA]);
  await expect(statementItems(b)).toHaveCount(1);
  await expect(statementItems(b).first()).toContainText('Hua Chunying');

  // Both tabs open the statement's form.
  await statementItems(a).first().getByRole('button').click();
  await statementItems(b).first().getByRole('button').click();
  await expect(editForm(b).getByLabel('Stance')).toHaveValue('');

  // A sets the stance and saves; B's open form says so at once.
  await editForm(a).getByLabel('Stance').selectOption({ label: 'Against' });
  await editForm(a).getByRole('button', { name: 'Save statement' }).click();
  await expect(editForm(a)).toBeHidden();
  await expect(editForm(b).getByRole('status')).toContainText(
    'changed in another tab after you opened it: the stance is now Against',
  );

  // B, with its form still on the old version, changes the claim and saves: a warning, nothing overwritten.
  await editForm(b).getByLabel('Claim').fill('Xinjiang is open to visitors.');
  await editForm(b).getByRole('button', { name: 'Save statement' }).click();
  const warning = editForm(b).getByRole('alert');
  await expect(warning).toContainText(
    'This statement was changed in another tab after you opened it: the stance is now Against.',
  );
  await expect(editForm(b).getByLabel('Claim')).toHaveValue('Xinjiang is open to visitors.');
  await expect(statementItems(b).first()).toContainText('Against');
  await statementItems(a).first().getByRole('button').click();
  await expect(editForm(a).getByLabel('Stance')).toHaveValue('against');
  await expect(editForm(a).getByLabel('Claim')).toHaveValue('');

  // "Save mine anyway": B's whole form is saved, and A sees it live.
  await warning.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(editForm(b)).toBeHidden();
  await expect(statementItems(b).first()).not.toContainText('Against');
  await expect(statementItems(a).first()).not.toContainText('Against');
  await expect(editForm(a).getByRole('status')).toContainText(
    'the claim is now “Xinjiang is open to visitors.”, the stance was removed',
  );
  await a.reload();
  await statementItems(a).first().getByRole('button').click();
  await expect(editForm(a).getByLabel('Claim')).toHaveValue('Xinjiang is open to visitors.');
  await expect(editForm(a).getByLabel('Stance')).toHaveValue('');
});

test('a statement deleted in one tab while the other edits it: the save says so and can keep the edits as a new statement', async ({
  page: a,
  context,
}) => {
  const b = await context.newPage();
  await twoTabsOnTheSample(a, b);
  await tagStatement(a, HUA, { speaker: 'Hua Chunying', kind: 'Direct' });
  await expect(statementItems(b)).toHaveCount(1);

  await statementItems(b).first().getByRole('button').click();
  await editForm(b).getByLabel('Claim').fill('Xinjiang is open to visitors.');
  await statementItems(a).first().getByRole('button').click();
  await editForm(a).getByRole('button', { name: 'Delete statement' }).click();
  await expect(statementItems(a)).toHaveCount(0);

  // B keeps its form and what was typed, and is told.
  await expect(b.locator('[role=article] mark[data-statement-id]')).toHaveCount(0);
  await expect(editForm(b).getByRole('status')).toContainText('deleted in another tab after you opened it');
  await expect(editForm(b).getByLabel('Claim')).toHaveValue('Xinjiang is open to visitors.');
  await editForm(b).getByRole('button', { name: 'Save statement' }).click();
  const warning = editForm(b).getByRole('alert');
  await expect(warning).toContainText('This statement was deleted in another tab after you opened it.');
  await expect(warning.getByRole('button', { name: 'Discard' })).toBeVisible();
  await expect(statementItems(a)).toHaveCount(0);

  await warning.getByRole('button', { name: 'Save mine as a new statement' }).click();
  await expect(editForm(b)).toBeHidden();
  for (const page of [a, b]) {
    await expect(statementItems(page)).toHaveCount(1);
    await expect(page.locator('[role=article] mark[data-statement-id]')).toHaveText([HUA]);
  }
});

test('the Library, Speakers and Stances of one tab follow what another tab does', async ({ page: a, context }) => {
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  await a.goto('/');
  await a.getByRole('button', { name: 'Load sample article' }).click();
  await expect(a.getByRole('article')).toContainText('Hua Chunying');
  const row = b.getByRole('row', { name: /US announces sanctions/ });
  await expect(row).toBeVisible();

  await b.getByRole('link', { name: 'Speakers' }).click();
  await tagStatement(a, HUA, { speaker: 'Hua Chunying', kind: 'Direct', topic: TOPIC, stance: 'Against' });
  await expect(b.getByRole('row', { name: /Hua Chunying/ })).toBeVisible();

  await b.getByRole('link', { name: 'Stances' }).click();
  await expect(
    b.getByRole('button', {
      name: /^Hua Chunying on Sanctions on Chinese officials over Xinjiang: 0 favor, 1 against/,
    }),
  ).toBeVisible();
  await tagStatement(a, SASSE, { speaker: 'Ben Sasse', kind: 'Direct', topic: TOPIC, stance: 'Favor' });
  await expect(
    b.getByRole('button', { name: /^Ben Sasse on Sanctions on Chinese officials over Xinjiang: 1 favor/ }),
  ).toBeVisible();

  await b.getByRole('link', { name: 'Library' }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await statementItems(a).first().getByRole('button').click();
  await editForm(a).getByRole('button', { name: 'Delete statement' }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
});
