import { expect, type Page } from '@playwright/test';
import { selectText } from './selectText';

export interface KeyboardStatement {
  quote: string;
  speaker: string;
  role?: string;
  kind: 'direct' | 'indirect' | 'mixed';
  cue?: { text: string; occurrence: number };
  topic?: string;
  /** Number key for the stance: 1 Favor, 2 Against, 3 Neutral, 4 Mixed, 5 Unclear. */
  stanceKey?: string;
}

const STANCE_LABELS: Record<string, string> = {
  '1': 'Favor',
  '2': 'Against',
  '3': 'Neutral',
  '4': 'Mixed',
  '5': 'Unclear',
};

/**
 * Code one statement the way a keyboard user does: select the words with the
 * mouse, then T, type the speaker, Enter, fill the fields, C for the cue
 * (after selecting it), Ctrl+Enter to save, and a number key for the stance.
 */
export async function codeByKeyboard(page: Page, s: KeyboardStatement): Promise<void> {
  await selectText(page, s.quote);
  await page.keyboard.press('t');
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
  await page.keyboard.type(s.speaker);
  await page.keyboard.press('Enter');
  if (s.role !== undefined) {
    const role = form.getByLabel('Role');
    await role.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(s.role);
  }
  await form.getByLabel('Kind').focus();
  await page.keyboard.press(s.kind[0]!);
  if (s.cue) {
    await selectText(page, s.cue.text, s.cue.occurrence);
    await page.keyboard.press('c');
    await expect(form.locator('.qm-cue-preview')).toHaveText(s.cue.text);
  }
  if (s.topic) {
    await form.getByRole('combobox', { name: 'Topic' }).focus();
    await page.keyboard.type(s.topic);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(form).toBeHidden();
  if (s.stanceKey) {
    // Pressed at once, as a person would: the key must act on the statement
    // just saved even if the list has not read it back yet.
    await page.keyboard.press(s.stanceKey);
    await expect(page.locator('.qm-statement-item[aria-current="true"]')).toContainText(
      STANCE_LABELS[s.stanceKey] ?? '',
    );
  }
}
