import { expect, type Locator, type Page } from '@playwright/test';
import { selectText } from './selectText';

export interface StatementFields {
  speaker: string;
  role?: string;
  kind?: 'Direct' | 'Indirect' | 'Mixed';
  claim?: string;
  topic?: string;
  stance?: 'Favor' | 'Against' | 'Neutral' | 'Mixed' | 'Unclear';
  note?: string;
  /** Open the form with the keyboard shortcut instead of the button. */
  viaShortcut?: boolean;
}

/** Select `quote` with the mouse, open the statement form, fill it and save. */
export async function tagStatement(page: Page, quote: string, fields: StatementFields): Promise<void> {
  const form = await fillStatementForm(page, quote, fields);
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form).toBeHidden();
}

/** Select `quote` with the mouse, open the statement form and fill it; returns the form, not yet saved. */
export async function fillStatementForm(page: Page, quote: string, fields: StatementFields): Promise<Locator> {
  await selectText(page, quote);
  await expect(page.getByText(`Selected: “${quote.length > 60 ? quote.slice(0, 57) : quote}`)).toBeVisible();
  if (fields.viaShortcut) await page.keyboard.press('t');
  // The article toolbar's button (the floating selection actions have one too).
  else await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form.locator('blockquote')).toHaveText(quote);
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill(fields.speaker);
  await speaker.press('Enter');
  if (fields.role !== undefined) await form.getByLabel('Role').fill(fields.role);
  if (fields.kind) await form.getByLabel('Kind').selectOption({ label: fields.kind });
  if (fields.claim) await form.getByLabel('Claim').fill(fields.claim);
  if (fields.topic) {
    const topic = form.getByRole('combobox', { name: 'Topic' });
    await topic.fill(fields.topic);
    await topic.press('Enter');
  }
  if (fields.stance) await form.getByLabel('Stance').selectOption({ label: fields.stance });
  if (fields.note) await form.getByLabel('Note').fill(fields.note);
  return form;
}
