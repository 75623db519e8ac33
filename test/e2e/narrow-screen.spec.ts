import { expect, test, type Page } from '@playwright/test';
import { reviewLibraryJson } from './support/reviewLibrary';
import { selectText } from './support/selectText';
import { textRect } from './support/textRect';

// A phone held upright (iPhone 12–15 size).
const WIDTH = 390;
const HEIGHT = 844;
test.use({ viewport: { width: WIDTH, height: HEIGHT } });

// Unbroken values a layout has to wrap rather than widen for.
const LONG_ROLE = 'R'.repeat(200);
const LONG_SOURCE = `https://example.com/${'x'.repeat(180)}`;

test.beforeEach(async ({ page }) => {
  const library = JSON.parse(await reviewLibraryJson()) as {
    speakers: { name: string; role?: string }[];
    articles: { id: string; source?: string }[];
  };
  const blinken = library.speakers.find((s) => s.name === 'Antony Blinken');
  const seed = library.articles.find((a) => a.id === 'seed');
  if (!blinken || !seed) throw new Error('the review library has changed');
  blinken.role = LONG_ROLE;
  seed.source = LONG_SOURCE;
  await page.goto('/');
  await page.getByLabel('Import annotations').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(library)),
  });
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
});

/** How far the page reaches past the right edge of the window, in CSS pixels (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('every view fits a 390 px screen, and the header menu shows Settings, Undo and Redo on the screen', async ({
  page,
}) => {
  const views: [string, () => Promise<void>][] = [
    ['#/', () => expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()],
    ['#/articles/more-1', () => expect(page.getByRole('article')).toBeVisible()],
    [
      '#/articles/seed?statement=st-1',
      () => expect(page.getByRole('button', { name: 'Save statement' })).toBeVisible(),
    ],
    ['#/speakers', () => expect(page.getByRole('cell', { name: LONG_ROLE })).toBeVisible()],
    ['#/speakers/sp-2', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['#/stances', () => expect(page.getByRole('table', { name: /Stances by speaker and topic/ })).toBeVisible()],
    ['#/topics', () => expect(page.getByRole('heading', { name: 'Topics' })).toBeVisible()],
    ['#/topics/topic-1', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['#/settings', () => expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()],
  ];
  const tooWide: string[] = [];
  for (const [hash, shown] of views) {
    await page.goto(`/${hash}`);
    await shown();
    const extra = await overflow(page);
    if (extra > 0) tooWide.push(`${hash} by ${extra} px`);
  }
  expect(tooWide, 'views wider than the screen').toEqual([]);

  // The header folds into a menu; opening it puts every control on screen.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  for (const control of [
    page.getByRole('link', { name: 'Library' }),
    page.getByRole('link', { name: 'Speakers' }),
    page.getByRole('link', { name: 'Stances' }),
    page.getByRole('link', { name: 'Settings' }),
    page.getByRole('button', { name: 'Undo', exact: true }),
    page.getByRole('button', { name: 'Redo', exact: true }),
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  expect(await overflow(page)).toBe(0);
  // Following a link closes the menu.
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('heading', { name: 'Speakers' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('tagging on a phone opens the form as a sheet over the text, with the selection still in view', async ({
  page,
}) => {
  await page.goto('/#/articles/seed');
  const words = 'commended Monday';
  await selectText(page, words);
  // The toolbar is at the top of the article: pressing it scrolls the page there.
  await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form).toBeVisible();
  await expect(form.locator('blockquote'), 'the form is about the selected words').toHaveText(words);
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toBeFocused();

  const sheet = await form.boundingBox();
  if (!sheet) throw new Error('the form has no box');
  expect(sheet.y + sheet.height, 'the sheet sits on the bottom edge').toBeCloseTo(HEIGHT, 0);
  expect(sheet.height, 'the sheet leaves most of the text visible').toBeLessThanOrEqual(HEIGHT * 0.56);
  expect(sheet.width).toBeLessThanOrEqual(WIDTH);
  const selected = await textRect(page, words);
  expect(selected.top, 'the selection is below the top edge').toBeGreaterThanOrEqual(0);
  expect(selected.bottom, 'the selection is above the sheet').toBeLessThanOrEqual(sheet.y);
  expect(await overflow(page)).toBe(0);

  // The sheet scrolls inside itself to its last button.
  await form.getByRole('button', { name: 'Save statement' }).scrollIntoViewIfNeeded();
  await expect(form.getByRole('button', { name: 'Save statement' })).toBeInViewport();
});

test('a 200-character role wraps inside the Speakers table instead of widening it', async ({ page }) => {
  await page.goto('/#/speakers');
  const role = page.getByRole('cell', { name: LONG_ROLE });
  await expect(role).toBeVisible();
  const table = await page.getByRole('table').boundingBox();
  if (!table) throw new Error('the table has no box');
  expect(table.x).toBeGreaterThanOrEqual(0);
  expect(table.x + table.width).toBeLessThanOrEqual(WIDTH);
  const cell = await role.boundingBox();
  expect(cell?.height, 'the role runs over several lines').toBeGreaterThan(40);
  expect(await overflow(page)).toBe(0);
});

test('choosing a highlight low on a phone screen lifts it above the form sheet, and so does a link to a statement', async ({
  page,
}) => {
  const box = async (id: string) => {
    // The text is painted before the editor, which then takes over with
    // elements of its own in the same place: a mark read just as it goes
    // has no box, and is read again.
    for (;;) {
      const mark = page.locator(`[data-statement-id="${id}"]`).first();
      const [at, sheet] = [await mark.boundingBox(), await page.getByRole('form').boundingBox()];
      if (at && sheet) return { top: at.y, bottom: at.y + at.height, sheetTop: sheet.y };
    }
  };
  await page.goto('/#/articles/seed?statement=st-9');
  await expect(page.getByRole('button', { name: 'Save statement' })).toBeVisible();
  await expect.poll(async () => (await box('st-9')).top).toBeGreaterThanOrEqual(0);
  let seen = await box('st-9');
  expect(seen.bottom > seen.sheetTop ? seen : 'above').toBe('above');

  await page.goto('/#/articles/more-1');
  await page.getByRole('article').locator('[data-statement-id]').first().waitFor();
  const mark = page.locator('[data-statement-id]').last();
  await mark.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const id = await mark.getAttribute('data-statement-id');
  if (!id) throw new Error('no id');
  await mark.click();
  await expect(page.getByRole('button', { name: 'Save statement' })).toBeVisible();
  await expect.poll(async () => (await box(id)).top).toBeGreaterThanOrEqual(0);
  seen = await box(id);
  expect(seen.bottom > seen.sheetTop ? seen : 'above').toBe('above');
});
