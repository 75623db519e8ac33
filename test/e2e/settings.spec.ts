import { expect, test, type Page } from '@playwright/test';
import { generateLibrary } from '../../bench/fixtures/generateLibrary';
import { parseLibraryFile } from '../../src/core/import/parseLibraryFile';
import { readDownload } from './support/readDownload';

const STATEMENTS = 60;

/** Bring in a library of 60 statements, never exported, as a person would: through Import annotations. */
async function importLibrary(page: Page) {
  const library = await generateLibrary({
    articles: 3,
    wordsPerArticle: 400,
    statementsPerArticle: STATEMENTS / 3,
    speakers: 6,
    topics: 3,
    nestEvery: 0,
    seed: 9,
  });
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(library)),
  });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
}

const reminder = (page: Page) => page.getByRole('status', { name: 'Export reminder' });

/** The value next to a term in a Settings section. */
const fact = (page: Page, section: string, term: string) =>
  page
    .getByRole('region', { name: section })
    .locator('dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]');

test('after 50 statements without an export the app reminds once, quietly, and not again after a reload', async ({
  page,
}) => {
  await importLibrary(page);
  await expect(reminder(page)).toContainText(
    `${STATEMENTS} statements since your last export. Your work lives only in this browser`,
  );
  await expect(reminder(page).getByRole('button', { name: 'Export library' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // It stays while the person works in this session…
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(reminder(page)).toBeVisible();

  // …and is not shown again: after a reload the library is there, the reminder is not.
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(fact(page, 'Backup', 'Statements created since')).toHaveText(
    `${STATEMENTS} (of ${STATEMENTS} in the library)`,
  );
  await expect(fact(page, 'Backup', 'Last exported')).toHaveText('Never');
  await expect(reminder(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
  await expect(reminder(page)).toHaveCount(0);
});

test('Export library from the reminder downloads the whole library; Settings then shows the export and none since', async ({
  page,
}) => {
  await importLibrary(page);
  const waiting = page.waitForEvent('download');
  await reminder(page).getByRole('button', { name: 'Export library' }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/^quotemark-library-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parseLibraryFile(await readDownload(download));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  expect(parsed.value.envelope.statements).toHaveLength(STATEMENTS);
  expect(parsed.value.envelope.articles).toHaveLength(3);
  await expect(reminder(page)).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const exported = fact(page, 'Backup', 'Last exported').locator('time');
  await expect(exported).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  const at = Date.parse((await exported.getAttribute('datetime'))!);
  expect(Math.abs(Date.now() - at)).toBeLessThan(5 * 60_000);
  await expect(fact(page, 'Backup', 'Statements created since')).toHaveText(`0 (of ${STATEMENTS} in the library)`);
  await page.reload();
  await expect(fact(page, 'Backup', 'Statements created since')).toHaveText(`0 (of ${STATEMENTS} in the library)`);
  await expect(reminder(page)).toHaveCount(0);
});

test('Settings shows whether storage is persistent, the space used and free, and that the app asked once', async ({
  page,
}) => {
  await importLibrary(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const storage = page.getByRole('region', { name: 'Storage in this browser' });
  // The import added statements, so the app has asked the browser to keep them.
  await expect(storage.getByText(/^Last asked .*: (granted|declined)\./)).toBeVisible();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(fact(page, 'Storage in this browser', 'Persistent storage')).toContainText(
    persisted ? /^Granted/ : /^Not granted/,
  );
  await expect(storage.getByRole('button', { name: 'Ask for persistent storage' })).toHaveCount(persisted ? 0 : 1);
  await expect(fact(page, 'Storage in this browser', 'Used')).toHaveText(/^\d[\d.,]* (B|kB|MB|GB)$/);
  await expect(fact(page, 'Storage in this browser', 'Free')).toHaveText(
    /^\d[\d.,]* (kB|MB|GB|TB) \(of \d[\d.,]* (kB|MB|GB|TB) this site may use\)$/,
  );
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  expect(usage).toBeGreaterThan(0);
});
