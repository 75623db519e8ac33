import { expect, test } from '@playwright/test';
import { codeByKeyboard, type KeyboardStatement } from './support/codeByKeyboard';
import { goldStatements } from './support/seedGold';

const STANCE_KEY = { favor: '1', against: '2', neutral: '3', mixed: '4', unclear: '5' } as const;
const statements: KeyboardStatement[] = goldStatements.map(({ stance, ...s }) => ({
  ...s,
  stanceKey: STANCE_KEY[stance],
}));

test('code the whole seed article mostly by keyboard, undo and redo five steps, reload', async ({ page }) => {
  test.setTimeout(120_000);
  expect(statements).toHaveLength(12);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
  for (const s of statements) await codeByKeyboard(page, s);

  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(12);
  await expect(page.getByRole('list', { name: 'Speakers in this article' }).getByRole('listitem')).toHaveCount(4);

  // Each save and each stance is a step: five undos take back the last two
  // statements' stances and saves and the stance before them.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ControlOrMeta+z');
  await expect(items).toHaveCount(10);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(items).toHaveCount(12);
  // All five redone (the last, a stance, may still be running when the count is back).
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();
  // Shown means written: a reload before the last write commits would lose it.
  const last = statements.at(-1)!;
  await expect(items.filter({ hasText: last.quote.slice(0, 40) }).first()).toContainText(
    last.stanceKey === '1' ? 'Favor' : 'Against',
  );

  await page.reload();
  await expect(items).toHaveCount(12);
  const marks = page.locator('[role=article] mark[data-statement-id]');
  expect(new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-statement-id')))).size).toBe(
    12,
  );
  for (const s of statements) {
    const item = items.filter({ hasText: s.quote.slice(0, 40) }).first();
    await expect(item).toContainText(s.speaker);
    await expect(item).toContainText({ direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed' }[s.kind]);
    await expect(item).toContainText(s.stanceKey === '1' ? 'Favor' : 'Against');
    await expect(item).toContainText(s.topic!);
  }
  await expect(page.locator('[role=article] .qm-cue')).not.toHaveCount(0);
});
