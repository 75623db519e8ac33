import { expect, test, type Page } from '@playwright/test';
import { readDownload } from './support/readDownload';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';
const SASSE = 'Chairman Xi has blood on his hands.';

async function codeTwo(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, HUA, {
    speaker: 'Hua Chunying',
    kind: 'Direct',
    topic: 'Sanctions',
    stance: 'Against',
    claim: 'Xinjiang is open, "see for yourself", =1+1',
  });
  await tagStatement(page, SASSE, { speaker: 'Ben Sasse', kind: 'Direct', topic: 'Sanctions', stance: 'Favor' });
  await page.getByRole('link', { name: 'Library' }).click();
}

async function download(page: Page, button: string) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: await readDownload(file) };
}

async function importText(page: Page, name: string, text: string) {
  await page
    .getByLabel('Import annotations')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export JSON, import it into a fresh browser, and see the same highlights; importing again changes nothing', async ({
  page,
  browser,
}) => {
  await codeTwo(page);
  const json = await download(page, 'Export JSON');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByText('No articles yet')).toBeVisible();
  await importText(other, json.name, json.text);
  const preview = other.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('row', { name: /Statements/ })).toContainText('2');
  await preview.getByRole('button', { name: 'Confirm import' }).click();
  await expect(other.getByRole('status')).toContainText('Imported');
  await other.getByRole('link', { name: /US announces sanctions/ }).click();
  const marks = other.locator('mark[data-statement-id]');
  await expect(marks.filter({ hasText: HUA })).toHaveCount(1);
  await expect(marks.filter({ hasText: SASSE })).toHaveCount(1);

  await other.getByRole('link', { name: 'Library' }).click();
  await importText(other, json.name, json.text);
  await expect(other.getByText('importing changes nothing')).toBeVisible();
  await expect(
    other.getByRole('region', { name: 'Import preview' }).getByRole('row', { name: /Statements/ }),
  ).toContainText(/0\s*2\s*0/);
  await fresh.close();
});

test('W3C and CSV exports carry the statements', async ({ page }) => {
  await codeTwo(page);
  const w3c = await download(page, 'Export W3C');
  expect(w3c.name).toMatch(/^quotemark-library-w3c-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const collection = JSON.parse(w3c.text);
  expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
  // The second context, inline, is also served for tools that fetch it.
  const served = await page.request.get('/ns/quotemark.jsonld');
  expect(served.ok()).toBe(true);
  expect(await served.json()).toEqual({ '@context': collection['@context'][1] });
  expect(collection.id).toMatch(/^urn:quotemark:export:[0-9a-f-]{36}$/);
  expect(collection.first.id).toBe(`${collection.id}:page:1`);
  expect(collection.type).toBe('AnnotationCollection');
  const items = collection.first.items as { target: { selector: { type: string; exact?: string }[] } }[];
  expect(items).toHaveLength(2);
  const quotes = items.map((i) => i.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact);
  expect(quotes.sort()).toEqual([SASSE, HUA].sort());
  expect(items.every((i) => i.target.selector.some((s) => s.type === 'TextPositionSelector'))).toBe(true);

  const csv = await download(page, 'Export CSV');
  expect(csv.name).toMatch(/^quotemark-library-statements-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^article_title,article_url,published_at,speaker,/);
  expect(lines).toHaveLength(3);
  expect(csv.text).toContain('"Xinjiang is open, ""see for yourself"", =1+1"');
  expect(csv.text).toContain('Ben Sasse');

  const table = await download(page, 'Export stance table');
  expect(table.text).toMatch(/Hua Chunying,Sanctions,0,1,0,0,0,1/);
  expect(table.text).toMatch(/Ben Sasse,Sanctions,1,0,0,0,0,1/);
});

/** Each non-empty cell of the Stances matrix on screen, as a stance table row reads. */
async function matrixOnScreen(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Stances' }).click();
  const cells = page
    .getByRole('table', { name: /Stances by speaker and topic/ })
    .getByRole('button', { name: /: \d+ favor/ });
  await expect(cells.first()).toBeVisible();
  const labels = await cells.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return labels
    .map((label) => {
      const [, speaker, topic, ...counts] =
        /^(.+) on (.+): (\d+) favor, (\d+) against, (\d+) neutral, (\d+) mixed, (\d+) unclear;/.exec(label) ?? [];
      return [speaker, topic, ...counts, counts.reduce((sum, n) => sum + Number(n), 0)].join(',');
    })
    .sort();
}

const dataRows = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean).slice(1).sort();

test('pending suggestions are exported only when asked, marked as such, and the stance table says what the matrix says', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, HUA, { speaker: 'Hua Chunying', kind: 'Direct', topic: 'Sanctions', stance: 'Against' });
  await page.getByRole('button', { name: 'Suggest statements' }).click();
  await expect(page.getByRole('status')).toContainText('suggested');
  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  const pending = items.filter({ has: page.getByRole('button', { name: 'Accept' }) });
  await expect.poll(() => pending.count()).toBeGreaterThan(5);
  const suggestions = await pending.count();
  // A suggestion given a topic and a stance but never accepted stays a suggestion.
  await pending.filter({ hasText: SASSE }).getByRole('button').first().click();
  const form = page.getByRole('form', { name: 'Edit statement' });
  const topic = form.getByRole('combobox', { name: 'Topic' });
  await topic.fill('Sanctions');
  await topic.press('Enter');
  await form.getByLabel('Stance').selectOption({ label: 'Favor' });
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(pending.filter({ hasText: SASSE })).toContainText('Favor');
  await expect(pending).toHaveCount(suggestions);

  await page.getByRole('link', { name: 'Library' }).click();
  const confirmedCsv = await download(page, 'Export CSV');
  const header = confirmedCsv.text.slice(1).split('\r\n')[0]!.split(',');
  expect(header.slice(-2)).toEqual(['status', 'origin']);
  const confirmedRows = dataRows(confirmedCsv.text);
  expect(confirmedRows).toHaveLength(1);
  expect(confirmedRows[0]).toContain(HUA);
  expect(confirmedRows[0]).toMatch(/,confirmed,manual$/);
  const confirmedTable = await download(page, 'Export stance table');
  expect(dataRows(confirmedTable.text)).toEqual(['Hua Chunying,Sanctions,0,1,0,0,0,1']);

  await page.getByRole('checkbox', { name: 'Include pending suggestions' }).check();
  const allRows = dataRows((await download(page, 'Export CSV')).text);
  expect(allRows).toHaveLength(1 + suggestions);
  expect(allRows.filter((row) => row.endsWith(',pending,suggested'))).toHaveLength(suggestions);
  expect(allRows.filter((row) => row.endsWith(',confirmed,manual'))).toEqual(confirmedRows);
  expect(dataRows((await download(page, 'Export stance table')).text)).toEqual([
    'Ben Sasse,Sanctions,1,0,0,0,0,1',
    'Hua Chunying,Sanctions,0,1,0,0,0,1',
  ]);

  // The article's own export asks the same question.
  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await page.getByText('Export this article').click();
  expect(dataRows((await download(page, 'Export CSV')).text)).toEqual(confirmedRows);
  await page.getByRole('checkbox', { name: 'Include pending suggestions' }).check();
  expect(dataRows((await download(page, 'Export CSV')).text)).toHaveLength(1 + suggestions);

  expect(await matrixOnScreen(page)).toEqual(dataRows(confirmedTable.text));
});

test('broken and hostile files are refused whole with an alert, and the store is unchanged', async ({ page }) => {
  // Nine files, one of them over 10 MB: slow on a loaded machine, not a hang.
  test.setTimeout(180_000);
  await codeTwo(page);
  const good = JSON.parse((await download(page, 'Export JSON')).text);
  const cases: [string, string, RegExp][] = [
    ['truncated.json', JSON.stringify(good).slice(0, 500), /JSON/],
    ['binary.json', '\u0000\u0001PK\u0003\u0004', /JSON/],
    ['shape.json', JSON.stringify({ hello: 'world' }), /format|quotemark/i],
    ['future.json', JSON.stringify({ ...good, version: 99 }), /newer/],
    [
      'offsets.json',
      JSON.stringify({
        ...good,
        statements: good.statements.map((s: { quote: object }) => ({
          ...s,
          quote: { ...s.quote, start: 999999, end: 999999 + 10, exact: 'not in it!' },
        })),
      }),
      /statements\[0\]/,
    ],
    [
      'missing-article.json',
      JSON.stringify({ ...good, statements: good.statements.map((s: object) => ({ ...s, articleId: 'nope' })) }),
      /article/,
    ],
    [
      'duplicate.json',
      JSON.stringify({ ...good, statements: [good.statements[0], good.statements[0]] }),
      /duplicate|twice|more than once/i,
    ],
    ['proto.json', JSON.stringify(good).replace('"format"', '"__proto__":{"polluted":true},"format"'), /__proto__/],
    [
      'huge-field.json',
      JSON.stringify({
        ...good,
        statements: [{ ...good.statements[0], note: 'x'.repeat(10 * 1024 * 1024) }, good.statements[1]],
      }),
      /note/,
    ],
  ];
  for (const [name, text, message] of cases) {
    await importText(page, name, text);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`“${name}” was not imported`);
    await expect(alert).toContainText(message);
  }
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  await expect(
    page
      .getByRole('row', { name: /US announces sanctions/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('2');
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
});

test('the W3C export of this app imports back: a deleted statement returns', async ({ page }) => {
  await codeTwo(page);
  const w3c = await download(page, 'Export W3C');
  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await page.getByRole('list', { name: 'Statements in text order' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Delete statement' }).click();
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('link', { name: 'Library' }).click();
  await importText(page, w3c.name, w3c.text);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('row', { name: /Statements/ })).toContainText(/1\s*1\s*0/);
  await preview.getByRole('button', { name: 'Confirm import' }).click();
  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await expect(page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('mark[data-statement-id]').filter({ hasText: HUA })).toHaveCount(1);
});

test('an article exports on its own, named after it', async ({ page }) => {
  await codeTwo(page);
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill('Another story');
  await dialog.getByLabel('Article text').fill('Nothing was said here.');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: /US announces sanctions/ }).click();
  await page.getByText('Export this article').click();
  const csv = await download(page, 'Export CSV');
  // The scope in the name is the article's title, cut to 60 characters.
  expect(csv.name).toMatch(/^quotemark-us-announces-sanctions[a-z-]*-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(3);
  const json = JSON.parse((await download(page, 'Export JSON')).text);
  expect(json.articles.map((a: { title: string }) => a.title)).toEqual([
    'US announces sanctions for Chinese officials over human rights abuses',
  ]);
  expect(json.speakers.map((s: { name: string }) => s.name).sort()).toEqual(['Ben Sasse', 'Hua Chunying']);
});
