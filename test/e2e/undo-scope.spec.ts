import { expect, test, type Page } from '@playwright/test';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

const SAMPLE = /^US announces sanctions/;
const NOISE =
  "Antony BlinkenProgressive groups call for Biden to denounce evictions of Palestinians as 'war crimes' Why women make great diplomats — tales from a 'tough-girl negotiator' The Hill's Morning Report - Presented by Facebook - Biden expresses optimism on bipartisanship; Cheney ousted MORE";
const GENOCIDE = 'continues to commit genocide and crimes against humanity in Xinjiang.';
const HARBOUR = 'Harbour tolls to rise next spring';
const HARBOUR_TEXT = [
  '“The tolls must rise to pay for the new sea wall,” said Jane Doe, the harbour master.',
  'Councillor Tom Reed said the rise was “a tax on pensioners with a dinghy.”',
  '“We will appeal against it,” said Mary Blake, who chairs the boat club.',
].join('\n\n');

const items = (page: Page) => page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
const pending = (page: Page) => items(page).filter({ has: page.getByRole('button', { name: 'Accept' }) });
const headerStatus = (page: Page) => page.getByRole('banner').getByRole('status');

async function openFromLibrary(page: Page, title: string | RegExp) {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('article')).toBeVisible();
}

test('undo in an article takes back its own text edit, not another article’s accepted suggestions; the Library says where', async ({
  page,
}) => {
  await page.goto('/');
  // Article 1, the sample, with a statement after the noise.
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, GENOCIDE, { speaker: 'Antony Blinken', kind: 'Mixed' });
  const genocide = page.locator('mark[data-statement-id]').filter({ hasText: GENOCIDE });
  // The stored statement's id, once the highlight drawn while saving gave way to it.
  await expect(genocide).not.toHaveAttribute('data-statement-id', /^quotemark:/);
  const genocideId = await genocide.getAttribute('data-statement-id');

  // Article 2, pasted, its suggestions accepted.
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill(HARBOUR);
  await dialog.getByLabel('Article text').fill(HARBOUR_TEXT);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HARBOUR);
  await page.getByRole('button', { name: 'Suggest statements' }).click();
  await expect.poll(() => pending(page).count()).toBeGreaterThan(1);
  const suggested = await items(page).count();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(pending(page)).toHaveCount(0);

  // Article 1: the noise deleted, the text saved, then Ctrl+Z.
  await openFromLibrary(page, SAMPLE);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, NOISE);
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Save text' }).click();
  const article = page.getByRole('article');
  await expect(article).toHaveAttribute('contenteditable', 'false');
  await expect(article).not.toContainText('Progressive groups');
  await expect(genocide).toHaveAttribute('data-statement-id', genocideId ?? '');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', 'Undo: save text');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(headerStatus(page)).toHaveText('Undid: save text');
  await expect(article).toContainText(`Secretary of State Antony Blinken${NOISE} said in a statement`);
  await expect(genocide).toHaveCount(1);
  await expect(genocide).toHaveAttribute('data-statement-id', genocideId ?? '');
  await expect(page.getByRole('list', { name: 'Orphans' })).toHaveCount(0);
  await expect(page.getByText('Text saved')).toHaveCount(0);
  // Article 1 has nothing older to undo than its own statement.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo: save statement',
  );

  // Article 2's accepted suggestions are untouched; the status line went with the view.
  await openFromLibrary(page, HARBOUR);
  await expect(headerStatus(page)).toHaveCount(0);
  await expect(items(page)).toHaveCount(suggested);
  await expect(pending(page)).toHaveCount(0);

  // A reload shows what is stored, not what the view remembers.
  await openFromLibrary(page, SAMPLE);
  await page.reload();
  await expect(article).toContainText(`Secretary of State Antony Blinken${NOISE} said in a statement`);
  await expect(genocide).toHaveAttribute('data-statement-id', genocideId ?? '');
});

test('the status line clears on navigation, and the Library undoes another article’s step with a link to it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  // The sample opens once it is stored: going back before that, the app's own navigation to it would follow.
  await expect(page.getByRole('article')).toContainText('The Treasury Department on Monday announced sanctions');
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill(HARBOUR);
  await dialog.getByLabel('Article text').fill(HARBOUR_TEXT);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('button', { name: 'Suggest statements' }).click();
  await expect.poll(() => pending(page).count()).toBeGreaterThan(1);
  const suggested = await items(page).count();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(pending(page)).toHaveCount(0);

  // In article 1, which has no steps, Ctrl+Z leaves article 2 alone and says so.
  await openFromLibrary(page, SAMPLE);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('banner').getByRole('alert')).toContainText(
    `There is nothing to undo in this article. The latest step elsewhere, “accept suggestions” in the article “${HARBOUR}”, can be undone from the Library.`,
  );
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('banner').getByRole('alert')).toHaveCount(0);

  // From the Library, undo says what and where, with a link there.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(headerStatus(page)).toHaveText(`Undid: accept suggestions in ${HARBOUR}`);
  await headerStatus(page).getByRole('link', { name: HARBOUR }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HARBOUR);
  await expect(pending(page)).toHaveCount(suggested);
  await expect(headerStatus(page)).toHaveCount(0);

  // Redo, in the article the step belongs to, accepts them again.
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(headerStatus(page)).toHaveText('Redid: accept suggestions');
  await expect(pending(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(headerStatus(page)).toHaveCount(0);
});
