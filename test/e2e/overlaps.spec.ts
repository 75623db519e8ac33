import { expect, test, type Page } from '@playwright/test';
import { selectText } from './support/selectText';
import { tagStatement } from './support/tagStatement';

// A (Treasury) and B (Blinken) cross; C (Treasury again) nests in both.
const A = 'The sanctions are part of a coordinated effort with the European Union';
const B = 'coordinated effort with the European Union, the United Kingdom and Canada';
const C = 'coordinated effort';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
});

interface Drawn {
  id: string;
  lane: string;
  line: string;
  text: string;
  /** The element's first line box (border box: text plus the lanes below). */
  box: { x: number; y: number; width: number; height: number };
}

/** Every statement's first element, keyed by its quote's text as drawn in full. */
async function drawn(page: Page): Promise<Map<string, Drawn>> {
  const all = await page.locator('mark[data-statement-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-statement-id') ?? '',
        lane: el.getAttribute('data-lane') ?? '',
        line: getComputedStyle(el).getPropertyValue('--qm-underline').trim(),
        text: el.textContent ?? '',
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    }),
  );
  const byId = new Map<string, Drawn>();
  for (const d of all) {
    const first = byId.get(d.id);
    if (first) first.text += d.text;
    else byId.set(d.id, d);
  }
  return new Map([...byId.values()].map((d) => [d.text, d]));
}

/** The colours of one pixel column at the given page y's, read from a screenshot. */
async function pixels(page: Page, x: number, ys: number[]): Promise<number[][]> {
  const top = Math.floor(Math.min(...ys));
  const clip = { x: Math.floor(x), y: top, width: 1, height: Math.ceil(Math.max(...ys)) - top + 1 };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ([data, rows]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.drawImage(img, 0, 0);
      return rows.map((row) => [...ctx.getImageData(0, row, 1, 1).data.slice(0, 3)]);
    },
    [png, ys.map((y) => Math.floor(y) - top)] as const,
  );
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));

test('crossing and nested statements each keep an underline lane of their own, and the tooltip lists them all with links', async ({
  page,
}) => {
  await tagStatement(page, A, { speaker: 'Treasury Department' });
  await tagStatement(page, B, { speaker: 'Antony Blinken', kind: 'Direct', stance: 'Against', topic: 'Sanctions' });
  await tagStatement(page, C, { speaker: 'Treasury Department' });
  // The last one is drawn under a placeholder id until its write commits: read the ids once it has.
  await expect(page.locator('[data-statement-id="quotemark:saving"]')).toHaveCount(0);
  const statements = await drawn(page);
  const [a, b, c] = [statements.get(A), statements.get(B), statements.get(C)];
  if (!a || !b || !c)
    throw new Error(`not all three statements are drawn whole: ${[...statements.keys()].join(' | ')}`);

  // Each has a lane of its own, and its own element on screen.
  expect(new Set([a.lane, b.lane, c.lane]).size).toBe(3);
  for (const d of [a, b, c]) {
    expect(d.box.width).toBeGreaterThan(0);
    expect(d.box.height).toBeGreaterThan(0);
  }
  // Lines in the speaker's colour: Blinken's differs from the Treasury's.
  expect(b.line).not.toBe(a.line);
  expect(c.line).toBe(a.line);

  // Under the nested words all three lines show, each in its lane and colour
  // (lane k: from 1 + 3k px below the text, 2 px thick; 10 px of lanes).
  const textBottom = c.box.y + c.box.height - 10;
  const lineOf = new Map([a, b, c].map((d) => [Number(d.lane), d.line]));
  const lanes = [0, 1, 2];
  const seen = await pixels(
    page,
    c.box.x + c.box.width / 2,
    lanes.map((k) => textBottom + 1 + 3 * k + 1),
  );
  lanes.forEach((k, i) => {
    expect(distance(seen[i] ?? [], rgb(lineOf.get(k) ?? '')), `lane ${k}`).toBeLessThan(40);
  });

  // Hovering the nested words: a tooltip with every statement there.
  await page.mouse.move(c.box.x + c.box.width / 2, c.box.y + 5);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const articleId = new URL(page.url()).hash.match(/#\/articles\/([^?]+)/)?.[1];
  expect(articleId).toBeTruthy();
  await expect(tooltip.getByRole('link', { name: 'Antony Blinken' })).toHaveAttribute(
    'href',
    `#/articles/${articleId}?statement=${b.id}`,
  );
  const treasury = tooltip.getByRole('link', { name: 'Treasury Department' });
  await expect(treasury).toHaveCount(2);
  expect(new Set(await treasury.evaluateAll((els) => els.map((el) => el.getAttribute('href'))))).toEqual(
    new Set([a.id, c.id].map((id) => `#/articles/${articleId}?statement=${id}`)),
  );
  // Speaker, kind, stance and topic of each.
  await expect(tooltip).toContainText('Antony Blinken · Direct · Against · Sanctions');
  await expect(tooltip).toContainText('Treasury Department · Indirect · No stance');
  // The browser's own title tooltip is gone from the text.
  await expect(page.getByRole('article').locator('[title]')).toHaveCount(0);
});

test('far down the article the selection actions float at the selection, the toolbar stays on top, and Tag statement opens the form', async ({
  page,
}) => {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const quote = 'Magnitsky sanctions are important';
  await selectText(page, quote);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

  const bar = page.getByRole('toolbar', { name: 'Selection actions' });
  await expect(bar).toBeVisible();
  const box = await bar.boundingBox();
  const viewport = page.viewportSize();
  const selected = await page.evaluate(() => {
    const rects = window.getSelection()?.getRangeAt(0).getClientRects();
    const last = rects?.[rects.length - 1];
    return last ? { bottom: last.bottom, right: last.right } : null;
  });
  if (!box || !viewport || !selected) throw new Error('no bar, viewport or selection');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Just below the selection's last line, not at the top of the page.
  expect(box.y).toBeGreaterThan(selected.bottom);
  expect(box.y - selected.bottom).toBeLessThan(40);

  // The article toolbar has stayed in view at the top.
  const toolbar = await page.getByRole('toolbar', { name: 'Annotation' }).boundingBox();
  expect(toolbar?.y).toBeGreaterThanOrEqual(0);
  expect(toolbar?.y).toBeLessThan(10);

  await bar.getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form.locator('blockquote')).toHaveText(quote);
  await expect(bar).toBeHidden();

  // With the form open, the bar marks a new selection as the cue.
  await selectText(page, 'Sasse said');
  await bar.getByRole('button', { name: 'Mark cue' }).click();
  await expect(form.locator('.qm-cue-preview')).toHaveText('Sasse said');
});
