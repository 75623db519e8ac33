import { expect, test } from '@playwright/test';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

const HUA_LONG =
  "It's nothing short of absurdity that the U.S. side bases its accusations against China on lies and rumors,";

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toContainText('Hua Chunying');
});

test('nested statements stay visible and each can be chosen, edited and deleted', async ({ page }) => {
  await tagStatement(page, HUA_LONG, {
    speaker: 'Hua Chunying',
    kind: 'Direct',
    stance: 'Against',
    topic: 'US policy on Xinjiang',
  });
  // A word inside the first statement, tagged as a statement of its own; a lower-case prefix finds the speaker, ArrowDown and Enter pick it.
  await selectText(page, 'absurdity', 1);
  await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('hua');
  await expect(page.getByRole('option', { name: /Hua Chunying/ })).toBeVisible();
  await speaker.press('ArrowDown');
  await speaker.press('Enter');
  await expect(speaker).toHaveValue('Hua Chunying');
  await form.getByLabel('Kind').selectOption({ label: 'Mixed' });
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form).toBeHidden();

  const marks = page.locator('mark[data-statement-id]');
  const distinctIds = () =>
    marks.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-statement-id')))]);
  // The new highlight is drawn once the live query delivers the saved statement.
  await expect.poll(async () => (await distinctIds()).length).toBe(2);
  const ids = await distinctIds();
  const inner = page.locator(`mark[data-statement-id="${ids[1]}"]`).filter({ hasText: /^absurdity$/ });
  await expect(inner).toBeVisible();

  // The sidebar lists both in text order; choosing one marks its highlight.
  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await items.nth(1).getByRole('button').click();
  await expect(page.getByRole('form', { name: 'Edit statement' }).getByLabel('Kind')).toHaveValue('mixed');
  const active = page.locator('mark.qm-highlight--active');
  await expect(active).toHaveText('absurdity');
  await expect(active).toBeInViewport();

  // Clicking the inner highlight in the text opens that statement, not the outer one.
  await items.nth(0).getByRole('button').click();
  await expect(page.locator('mark.qm-highlight--active').first()).toContainText("It's nothing short of");
  await inner.click();
  await expect(page.getByRole('form', { name: 'Edit statement' }).locator('blockquote')).toHaveText('absurdity');

  await page.getByRole('button', { name: 'Delete statement' }).click();
  await expect(items).toHaveCount(1);
  await expect(page.locator('mark[data-statement-id]').filter({ hasText: /^absurdity$/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(1);
});

test('a statement can be edited and the change survives a reload', async ({ page }) => {
  await tagStatement(page, 'The door to Xinjiang is always open.', { speaker: 'Hua Chunying', stance: 'Against' });
  await page.getByRole('list', { name: 'Statements in text order' }).getByRole('button').click();
  const form = page.getByRole('form', { name: 'Edit statement' });
  await form.getByLabel('Stance').selectOption({ label: 'Mixed' });
  await form.getByLabel('Note').fill('Said at a press conference.');
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form).toBeHidden(); // saved
  await page.reload();
  await page.getByRole('list', { name: 'Statements in text order' }).getByRole('button').click();
  await expect(page.getByRole('form', { name: 'Edit statement' }).getByLabel('Stance')).toHaveValue('mixed');
  await expect(page.getByRole('form', { name: 'Edit statement' }).getByLabel('Note')).toHaveValue(
    'Said at a press conference.',
  );
});

test('a pasted article URL opens the article, and Back returns to the Library', async ({ page, context }) => {
  const url = page.url();
  expect(url).toMatch(/#\/articles\/[\w-]+$/);
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('article')).toContainText('Hua Chunying');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await other.goto('/#/articles/no-such-article');
  await expect(other.getByRole('alert')).toContainText('not in the library');
});

test('Speakers and Stances list who said what', async ({ page }) => {
  await tagStatement(page, 'The door to Xinjiang is always open.', {
    speaker: 'Hua Chunying',
    role: 'Chinese Foreign Ministry spokesperson',
    topic: 'Access to Xinjiang',
    stance: 'Against',
  });
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('row', { name: /Hua Chunying/ })).toContainText('Chinese Foreign Ministry spokesperson');
  await page.getByRole('link', { name: 'Stances' }).click();
  const cell = page.getByRole('button', { name: /^Hua Chunying on Access to Xinjiang: 0 favor, 1 against/ });
  await expect(cell).toContainText('against 1');
  await cell.click();
  await page
    .getByRole('region', { name: 'Evidence' })
    .getByRole('link', { name: '“The door to Xinjiang is always open.”' })
    .click();
  await expect(page.locator('mark.qm-highlight--active')).toHaveText('The door to Xinjiang is always open.');
});
