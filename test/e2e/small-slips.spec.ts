import { expect, test, type Page } from '@playwright/test';
import { readDownload } from './support/readDownload';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

const NOISE =
  "Antony BlinkenProgressive groups call for Biden to denounce evictions of Palestinians as 'war crimes' Why women make great diplomats — tales from a 'tough-girl negotiator' The Hill's Morning Report - Presented by Facebook - Biden expresses optimism on bipartisanship; Cheney ousted MORE";
const GENOCIDE = 'continues to commit genocide and crimes against humanity in Xinjiang.';
const REITERATES = 'The United States reiterates its calls on the PRC to bring an end to the repression of Uyghurs';
const IN_NOISE = 'Why women make great diplomats';
const TOPIC = 'Genocide in Xinjiang';

const items = (page: Page) => page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');

test('deleting a statement says so, with an Undo that brings it back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, GENOCIDE, { speaker: 'Antony Blinken', kind: 'Mixed' });
  await expect(items(page)).toHaveCount(1);

  await items(page).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Delete statement' }).click();
  const notice = page.getByRole('main').getByRole('status').filter({ hasText: 'Statement deleted' });
  await expect(notice).toBeVisible();
  await expect(items(page)).toHaveCount(0);
  await expect(page.locator('mark[data-statement-id]')).toHaveCount(0);

  // A later step does not get in the way: Undo here takes back the deletion, not the latest step.
  await tagStatement(page, REITERATES, { speaker: 'Antony Blinken', kind: 'Direct' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(items(page)).toHaveCount(2);
  await expect(page.locator('mark[data-statement-id]').filter({ hasText: GENOCIDE })).toHaveCount(1);
  await expect(page.locator('mark[data-statement-id]').filter({ hasText: REITERATES })).toHaveCount(1);
  await expect(notice).toBeHidden();
  // The step was taken back in the history too: the header offers to redo it.
  await expect(page.getByRole('button', { name: 'Redo' })).toHaveAttribute('title', 'Redo: delete statement');
});

test('re-attaching the orphan clears the message about it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, IN_NOISE, { speaker: 'The Hill' });
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, NOISE);
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Save text' }).click();
  const lost = page.getByText('1 statement lost its words');
  await expect(lost).toBeVisible();

  await page.getByRole('list', { name: 'Orphans' }).getByRole('button').click();
  await selectText(page, 'Secretary of State Antony Blinken');
  await page.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(page.getByRole('list', { name: 'Orphans' })).toHaveCount(0);
  await expect(lost).toBeHidden();
});

test('the export buttons stay in place while the import panel is open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
  await page.getByRole('link', { name: 'Library' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const backup = await readDownload(await downloading);

  const controls = [
    page.getByRole('button', { name: 'Export JSON' }),
    page.getByRole('button', { name: 'Export W3C' }),
    page.getByRole('button', { name: 'Export CSV' }),
    page.getByText('Import annotations'),
  ];
  const boxes = () => Promise.all(controls.map((control) => control.boundingBox()));
  // From a phone held sideways to a wide desktop screen.
  for (const width of [800, 1024, 1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const before = await boxes();
    expect(before.every(Boolean)).toBe(true);

    // A file that is refused: the problems panel opens.
    await page
      .getByLabel('Import annotations')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await expect(page.getByRole('alert')).toContainText('was not imported');
    expect(await boxes(), `at ${width} px, with the problems shown`).toEqual(before);

    // A file that is taken: the preview panel opens.
    await page
      .getByLabel('Import annotations')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect(page.getByRole('button', { name: 'Confirm import' })).toBeVisible();
    expect(await boxes(), `at ${width} px, with the preview shown`).toEqual(before);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Confirm import' })).toBeHidden();
  }
});

test('the app loads with an icon and no request that 404s', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  const iconResponse = await page.request.get(icon ?? '');
  expect(iconResponse.status()).toBe(200);
  // Browsers (and tools) ask for /favicon.ico whatever the page links.
  const ico = await page.request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toMatch(/icon/);
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
});

test('the topic timeline draws each speaker in the colour of their highlights', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, GENOCIDE, { speaker: 'Antony Blinken', kind: 'Mixed', topic: TOPIC, stance: 'Favor' });
  await tagStatement(page, 'The door to Xinjiang is always open.', {
    speaker: 'Hua Chunying',
    kind: 'Direct',
    topic: TOPIC,
    stance: 'Against',
  });
  const highlightColor = (quote: string) =>
    // The tint is a custom property (the underline lanes draw the rest); the browser resolves it to rgb() as it does the chart's fill.
    page
      .locator('mark[data-statement-id]')
      .filter({ hasText: quote })
      .first()
      .evaluate((el) => {
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(el).getPropertyValue('--qm-tint').trim();
        document.body.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      });
  const blinken = await highlightColor(GENOCIDE);
  const hua = await highlightColor('The door to Xinjiang is always open.');
  expect(blinken).not.toBe(hua);

  await page.getByRole('link', { name: 'Stances' }).click();
  await page.getByRole('columnheader').getByRole('link', { name: TOPIC }).click();
  const chart = page.getByRole('img', { name: `Stances on ${TOPIC} over time` });
  await expect(chart).toBeVisible();
  const markColor = (speaker: string) =>
    chart
      .locator('circle')
      .filter({ has: page.locator('title', { hasText: speaker }) })
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
  expect(await markColor('Antony Blinken')).toBe(blinken);
  expect(await markColor('Hua Chunying')).toBe(hua);
});

test('Accept all and Reject all are one group of suggestion buttons', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await page.getByRole('button', { name: 'Suggest statements' }).click();
  const group = page.getByRole('group', { name: 'Suggestions' });
  const accept = group.getByRole('button', { name: 'Accept all' });
  const reject = group.getByRole('button', { name: 'Reject all' });
  await expect(accept).toBeVisible();
  await expect(reject).toBeVisible();
  // The same look: one button style for both.
  const look = (button: typeof accept) =>
    button.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth, s.fontSize, s.paddingTop, s.height].join(
        ' ',
      );
    });
  expect(await look(reject)).toBe(await look(accept));
  // Side by side on one line.
  const [a, r] = await Promise.all([accept.boundingBox(), reject.boundingBox()]);
  expect(a && r && Math.abs(a.y - r.y) < 1 && r.x > a.x).toBe(true);
});

test('what Undo said in the header does not follow the person to the next view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, GENOCIDE, { speaker: 'Antony Blinken', kind: 'Mixed' });
  await page.getByRole('button', { name: 'Undo' }).click();
  const headerStatus = page.getByRole('banner').getByRole('status');
  await expect(headerStatus).toContainText('Undid');
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speakers');
  await expect(headerStatus).toHaveCount(0);
});
