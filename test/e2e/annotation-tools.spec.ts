import { expect, test } from '@playwright/test';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
});

test('a fuller form of a known name is offered as an alias, and speakers can be edited', async ({ page }) => {
  await tagStatement(page, 'continues to commit genocide and crimes against humanity in Xinjiang.', {
    speaker: 'Antony Blinken',
    role: 'U.S. Secretary of State',
  });
  await selectText(page, 'The United States reiterates its calls on the PRC');
  await page.keyboard.press('t');
  const form = page.getByRole('form', { name: 'New statement' });
  await page.keyboard.type('Secretary of State Antony Blinken');
  const offer = page.getByRole('option', {
    name: 'Add “Secretary of State Antony Blinken” as an alias of Antony Blinken',
  });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Antony Blinken');
  await expect(form.getByLabel('Role')).toHaveValue('U.S. Secretary of State');
  await form.getByRole('button', { name: 'Edit speaker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit speaker' });
  await expect(dialog.getByLabel('Aliases (one per line)')).toHaveValue('Secretary of State Antony Blinken');
  await dialog.getByLabel('Highlight colour').fill('#c6d4ff');
  await dialog.getByLabel('Affiliation').fill('U.S. Department of State');
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  await expect(dialog).toBeHidden();
  await form.getByRole('button', { name: 'Save statement' }).click();
  const colours = await page
    .locator('mark[data-statement-id]')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).getPropertyValue('--qm-tint').trim()));
  expect(new Set(colours)).toEqual(new Set(['#c6d4ff']));
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('row', { name: /Antony Blinken/ })).toContainText('Secretary of State Antony Blinken');
  await expect(page.getByRole('row')).toHaveCount(2);
});

test('new speaker from selection, legend, filters, cue and tags', async ({ page }) => {
  await selectText(page, 'Hua Chunying');
  await page
    .getByRole('toolbar', { name: 'Annotation' })
    .getByRole('button', { name: 'New speaker from selection' })
    .click();
  await expect(page.getByRole('status')).toContainText('Added “Hua Chunying”');
  await selectText(page, 'The door to Xinjiang is always open.');
  await page.keyboard.press('t');
  const form = page.getByRole('form', { name: 'New statement' });
  await page.keyboard.type('hua');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Hua Chunying');
  await selectText(page, 'said', 4); // "Hua said"
  await form.getByRole('button', { name: 'Mark cue' }).click();
  await expect(form.locator('.qm-cue-preview')).toHaveText('said');
  await form.getByLabel('Tags').fill('press conference, access');
  await form.getByRole('button', { name: 'Save statement' }).click();
  await tagStatement(page, 'Chairman Xi has blood on his hands.', {
    speaker: 'Ben Sasse',
    kind: 'Direct',
    stance: 'Favor',
  });

  await expect(page.getByRole('list', { name: 'Speakers in this article' })).toContainText('Hua Chunying');
  await expect(page.getByRole('list', { name: 'Speakers in this article' })).toContainText('Ben Sasse');
  await expect(page.locator('.qm-cue[data-cue-for]')).toHaveText('said');
  await expect(page.getByRole('list', { name: 'Statements in text order' })).toContainText('#press conference #access');

  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const filters = page.getByRole('group', { name: 'Filter statements' });
  await filters.getByLabel('Stance').selectOption({ label: 'Favor' });
  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Ben Sasse');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(2);
});

test('keyboard: ? lists shortcuts, J/K move, numbers set stance, Delete deletes, Ctrl+Z brings it back', async ({
  page,
}) => {
  await tagStatement(page, 'The door to Xinjiang is always open.', { speaker: 'Hua Chunying' });
  await tagStatement(page, 'Chairman Xi has blood on his hands.', { speaker: 'Ben Sasse' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next statement');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Escape'); // nothing chosen
  await page.keyboard.press('j');
  const current = page.locator('.qm-statement-item[aria-current="true"]');
  await expect(current).toContainText('Hua Chunying');
  await expect(page.locator('mark[aria-current="true"]')).toContainText('The door to Xinjiang');
  await page.keyboard.press('2');
  await expect(current).toContainText('Against');
  await page.keyboard.press('j');
  await expect(current).toContainText('Ben Sasse');
  await page.keyboard.press('1');
  await expect(current).toContainText('Favor');
  await page.keyboard.press('k');
  await expect(current).toContainText('Hua Chunying');
  await page.keyboard.press('Delete');
  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Against');
  await page.keyboard.press('Control+Shift+z');
  await expect(items).toHaveCount(1);
});
