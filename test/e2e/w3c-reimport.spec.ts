import { expect, test } from '@playwright/test';
import { readDownload } from './support/readDownload';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';
const SASSE = 'Chairman Xi has blood on his hands.';
// Scraping noise that stands before both statements in the sample.
const NOISE = "Antony BlinkenProgressive groups call for Biden to denounce evictions of Palestinians as 'war crimes'";

test('the W3C export from before an edit of the text imports back: both statements placed (moved), none duplicated or refused', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, HUA, { speaker: 'Hua Chunying', kind: 'Direct', stance: 'Against' });
  await tagStatement(page, SASSE, { speaker: 'Ben Sasse', kind: 'Direct', stance: 'Favor' });
  await page.getByRole('link', { name: 'Library' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export W3C', exact: true }).click();
  const w3c = await downloading;
  const text = await readDownload(w3c);

  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, NOISE);
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('article')).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('article')).not.toContainText('Progressive groups call');

  await page.getByRole('link', { name: 'Library' }).click();
  await page
    .getByLabel('Import annotations')
    .setInputFiles({ name: w3c.suggestedFilename(), mimeType: 'application/ld+json', buffer: Buffer.from(text) });
  const preview = page.getByRole('region', { name: 'Import preview' });
  const placed = preview.getByRole('list', { name: 'Placed statements' }).getByRole('listitem');
  await expect(placed).toHaveCount(2);
  await expect(placed.filter({ hasText: HUA })).toContainText('moved');
  await expect(placed.filter({ hasText: SASSE })).toContainText('moved');
  await expect(preview.getByRole('alert')).toHaveCount(0);
  // The library's statements were re-anchored by Save text, later than the export: they differ, and the newer is kept.
  await expect(preview.getByRole('row', { name: /Statements/ })).toContainText(/0\s*0\s*2/);
  await expect(preview).toContainText('2 records in this file differ from the library');
  await expect(preview).not.toContainText('changes nothing');
  await preview.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '0 articles, 0 speakers, 0 topics, 0 statements written',
  );

  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(2);
  const marks = page.locator('mark[data-statement-id]');
  await expect(marks.filter({ hasText: HUA })).toHaveCount(1);
  await expect(marks.filter({ hasText: SASSE })).toHaveCount(1);
});

test('a W3C file whose quote is gone names it; nothing is written until the person chooses to import the rest', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, HUA, { speaker: 'Hua Chunying' });
  await tagStatement(page, SASSE, { speaker: 'Ben Sasse' });
  await page.getByRole('link', { name: 'Library' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export W3C', exact: true }).click();
  const collection = JSON.parse(await readDownload(await downloading));
  // Another tool's annotation on words this article does not have, beside the app's own two.
  const gone = {
    id: 'urn:elsewhere:1',
    type: 'Annotation',
    target: {
      source: collection.first.items[0].target.source,
      selector: {
        type: 'TextQuoteSelector',
        exact: 'Words that were never in this article at all.',
        prefix: 'x',
        suffix: 'y',
      },
    },
  };
  collection.first.items.push(gone);
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'mixed.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify(collection)),
  });
  const preview = page.getByRole('region', { name: 'Import preview' });
  const alert = preview.getByRole('alert');
  await expect(alert).toContainText('1 statement cannot be placed');
  await expect(alert).toContainText('first.items[2].quote');
  await expect(alert).toContainText('“Words that were never in this article at all.”');
  const confirm = preview.getByRole('button', { name: 'Confirm import' });
  await expect(confirm).toBeDisabled();
  await alert.getByRole('checkbox', { name: 'Import the 2 statements that can be placed' }).check();
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '1 statement that could not be placed was left out',
  );
  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(2);
});
