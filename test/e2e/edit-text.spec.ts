import { expect, test } from '@playwright/test';
import { EnvelopeSchema } from '../../src/core/model/envelope';
import { readDownload } from './support/readDownload';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

const NOISE =
  "Antony BlinkenProgressive groups call for Biden to denounce evictions of Palestinians as 'war crimes' Why women make great diplomats — tales from a 'tough-girl negotiator' The Hill's Morning Report - Presented by Facebook - Biden expresses optimism on bipartisanship; Cheney ousted MORE";
const GENOCIDE = 'continues to commit genocide and crimes against humanity in Xinjiang.';
const REITERATES = 'The United States reiterates its calls on the PRC to bring an end to the repression of Uyghurs';
const IN_NOISE = 'Why women make great diplomats';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, GENOCIDE, { speaker: 'Antony Blinken', kind: 'Mixed' });
  await tagStatement(page, REITERATES, { speaker: 'Antony Blinken', kind: 'Direct' });
  await tagStatement(page, IN_NOISE, { speaker: 'The Hill' });
});

test('deleting scraping noise keeps statements on their words and orphans the one inside it', async ({ page }) => {
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeEnabled();
  await page.getByRole('button', { name: 'Edit text' }).click();
  const article = page.getByRole('article');
  await expect(article).toHaveAttribute('contenteditable', 'true');
  // While the text is open for editing, the header Undo and Redo are off:
  // a step could change the text under the edit.
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', /Save or cancel your edit of the text first/);
  await selectText(page, NOISE);
  await page.keyboard.press('Backspace');
  await expect(article).toContainText('Secretary of State Antony Blinken said in a statement that China');

  // Leaving with unsaved edits asks first; saying no keeps the edit.
  page.once('dialog', (d) => {
    expect(d.message()).toContain('unsaved edits');
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(article).toContainText('Secretary of State Antony Blinken said in a statement');

  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('status')).toContainText('1 statement lost its words');
  await expect(article).toHaveAttribute('contenteditable', 'false');
  await expect(undo).toBeEnabled();
  await expect(undo).toHaveAttribute('title', 'Undo: save text');

  const check = async () => {
    await expect(page.locator('mark[data-statement-id]').filter({ hasText: GENOCIDE })).toHaveCount(1);
    await expect(page.locator('mark[data-statement-id]').filter({ hasText: REITERATES })).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'Orphans' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Orphans' })).toContainText(IN_NOISE);
  };
  await check();
  await page.reload();
  await check();

  await page.getByRole('link', { name: 'Library' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const envelope = EnvelopeSchema.parse(JSON.parse(await readDownload(await downloading)));
  const text = envelope.articles[0]!.text;
  expect(text).not.toContain('Progressive groups');
  for (const s of envelope.statements.filter((s) => !s.orphanedAt)) {
    expect(text.slice(s.quote.start, s.quote.end)).toBe(s.quote.exact);
  }
  expect(
    envelope.statements
      .filter((s) => !s.orphanedAt)
      .map((s) => s.quote.exact)
      .sort(),
  ).toEqual([GENOCIDE, REITERATES].sort());
  expect(envelope.statements.find((s) => s.orphanedAt)?.quote.exact).toBe(IN_NOISE);
});

test('an orphan can be re-attached to newly selected words', async ({ page }) => {
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, NOISE);
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Save text' }).click();
  await page.getByRole('list', { name: 'Orphans' }).getByRole('button').click();
  await selectText(page, 'Secretary of State Antony Blinken');
  await page.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(page.getByRole('list', { name: 'Orphans' })).toHaveCount(0);
  await expect(
    page.locator('mark[data-statement-id]').filter({ hasText: 'Secretary of State Antony Blinken' }),
  ).toHaveCount(1);
});

test('cancelling an edit asks, then restores the text', async ({ page }) => {
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, NOISE);
  await page.keyboard.press('Backspace');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Cancel editing' }).click();
  await expect(page.getByRole('article')).toContainText('Antony BlinkenProgressive groups');
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(3);
});
