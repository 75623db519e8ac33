import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateLibrary } from '../../bench/fixtures/generateLibrary';
import { paragraphs } from '../../bench/fixtures/newsProse';
import { seededRandom } from '../../bench/fixtures/seededRandom';

/** Records written by schema version 1 (test/fixtures/storage/README.md). */
const v1Records = JSON.parse(readFileSync(new URL('../fixtures/storage/v1/records.json', import.meta.url), 'utf8')) as {
  tables: Record<string, unknown[]>;
};

// The database is the whole subject here; the service worker only adds caching.
test.use({ serviceWorkers: 'block' });

const FULL = 'The browser has no room left for the library';
const UNAVAILABLE = 'IndexedDB, where the library lives, is missing or turned off';

/** Uncaught errors and unhandled rejections of a page: there must be none. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Give this origin only `headroom` bytes more than it uses now; returns a function that lifts the limit. */
async function limitQuota(page: Page, headroom: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + headroom });
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  };
}

/** A page of this origin that is not the app: a stand-in for another tab or another version. */
async function otherTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.route('**/other-tab', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Other tab</title>' }),
  );
  await other.goto('/other-tab');
  return other;
}

test.describe('IndexedDB unavailable', () => {
  test('a browser without IndexedDB gets a clear message instead of a broken app', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Quotemark cannot open your library' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(UNAVAILABLE);
    await expect(page.getByRole('alert')).toContainText('private windows');
    await expect(page.getByRole('button', { name: 'Reload page' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a browser whose indexedDB.open throws gets the same message', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await page.goto('/#/speakers');
    await expect(page.getByRole('alert')).toContainText(UNAVAILABLE);
    expect(errors).toEqual([]);
  });
});

test.describe('quota exceeded', () => {
  test('a pasted article that does not fit is refused with a clear message, and nothing of it is stored', async ({
    page,
  }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await expect(page.getByText('No articles yet')).toBeVisible();
    const text = paragraphs(seededRandom(9), 60_000).join('\n\n');
    const lift = await limitQuota(page, 50_000);

    await page.getByRole('button', { name: 'Paste article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Title').fill('A very long article');
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect(dialog.getByRole('alert')).toContainText(FULL);
    await expect(dialog.getByRole('alert')).toContainText('nothing of this change was saved');

    await lift();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect(page.getByText('No articles yet')).toBeVisible();
    // With room again, the same article goes in: it was the quota, nothing else.
    await page.getByRole('button', { name: 'Paste article' }).click();
    await dialog.getByLabel('Title').fill('A very long article');
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect(page.getByRole('heading', { name: 'A very long article' })).toBeVisible({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  test('an import that does not fit is refused with a clear message, and the library holds nothing of it', async ({
    page,
  }) => {
    const errors = pageErrors(page);
    const envelope = await generateLibrary({
      articles: 20,
      wordsPerArticle: 3_000,
      statementsPerArticle: 50,
      speakers: 20,
      topics: 5,
      nestEvery: 0,
      seed: 5,
    });
    const file = {
      name: 'big-library.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(envelope)),
    };
    await page.goto('/');
    await expect(page.getByText('No articles yet')).toBeVisible();
    // Limited before the first write: Chromium keeps the room it last saw for a few seconds.
    const lift = await limitQuota(page, 50_000);
    // The sample fits; the import will not.
    await page.getByRole('button', { name: 'Load sample article' }).click();
    await expect(page.getByRole('article')).toBeVisible();
    await page.getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('link', { name: /US announces sanctions/ })).toBeVisible();

    await page.getByLabel('Import annotations').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview.getByRole('row', { name: /Statements/ })).toContainText('1000');
    await preview.getByRole('button', { name: 'Confirm import' }).click();
    await expect(preview.getByRole('alert')).toContainText(FULL);

    await lift();
    await page.reload();
    await expect(page.getByRole('link', { name: /US announces sanctions/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Generated article/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Speakers' }).click();
    await expect(page.getByText(/Speaker \d+ /)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('two versions in two tabs', () => {
  test('while another tab holds the old version open the app says so, then upgrades its library once that tab lets go', async ({
    page,
  }) => {
    const old = await otherTab(page);
    // The other tab: schema version 1 (IndexedDB version 10) as Dexie made it, holding the fixture's records.
    await old.evaluate(async (tables) => {
      const stores: Record<string, [string, boolean][]> = {
        articles: [
          ['createdAt', false],
          ['textSha256', false],
          ['title', false],
        ],
        speakers: [
          ['name', false],
          ['aliases', true],
        ],
        topics: [['label', false]],
        statements: [
          ['articleId', false],
          ['speakerId', false],
          ['topicId', false],
        ],
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('quotemark', 10);
        request.onupgradeneeded = () => {
          for (const [name, indexes] of Object.entries(stores)) {
            const store = request.result.createObjectStore(name, { keyPath: 'id' });
            for (const [index, multiEntry] of indexes) store.createIndex(index, index, { multiEntry });
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(Object.keys(stores), 'readwrite');
      for (const [name, records] of Object.entries(tables))
        for (const record of records) tx.objectStore(name).add(record);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      // Kept open, deaf to versionchange, as a stuck old tab would be.
      (window as unknown as { oldConnection: IDBDatabase }).oldConnection = db;
    }, v1Records.tables);

    await page.bringToFront();
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Quotemark is open in another tab with an older version');
    await expect(alert).toContainText('Close or reload the other Quotemark tabs');

    await old.evaluate(() => (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close());
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('link', { name: /US announces sanctions/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Council briefing' })).toBeVisible();
    await page.getByRole('link', { name: /US announces sanctions/ }).click();
    await expect(
      page.locator('mark[data-statement-id]').filter({ hasText: 'The door to Xinjiang is always open.' }),
    ).toHaveCount(1);
  });

  test('when another tab upgrades the library, this tab closes it and asks for a reload', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await expect(page.getByText('No articles yet')).toBeVisible();

    // A newer Quotemark in another tab: the next schema version (Dexie's
    // version n is IndexedDB version 10n).
    const newer = await otherTab(page);
    const { current, opened } = await newer.evaluate(async () => {
      const open = (version?: number) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = version === undefined ? indexedDB.open('quotemark') : indexedDB.open('quotemark', version);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const now = await open();
      const current = now.version;
      now.close();
      return { current, opened: (await open(current + 10)).version };
    });
    // Not blocked: this tab let go at once.
    expect(current).toBeGreaterThanOrEqual(40);
    expect(opened).toBe(current + 10);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Quotemark was updated in another tab');
    await expect(alert).toContainText('Reload the page to carry on');
    await expect(alert.getByRole('button', { name: 'Reload page' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
