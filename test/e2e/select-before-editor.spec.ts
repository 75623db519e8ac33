import { expect, test, type Page, type Route } from '@playwright/test';
import { selectText } from './support/selectText';
import { textRect } from './support/textRect';

// The article is painted before the editor's code is there; these tests hold
// that code back (its chunk's response waits) to drag a selection in the
// page as first painted. The service worker would answer from its cache
// without asking the network, so it is kept out.
test.use({ serviceWorkers: 'block' });

const QUOTE = 'The door to Xinjiang is always open.';
const GENOCIDE = 'continues to commit genocide and crimes against humanity in Xinjiang.';

/**
 * Open the sample article (after `first`, with the editor there, if given)
 * in a fresh page load whose editor code arrives only when `release` is called.
 */
async function openWithEditorHeld(page: Page, first?: () => Promise<void>): Promise<{ release: () => Promise<void> }> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toContainText('Hua Chunying');
  await first?.();
  let held: Route | undefined;
  let asked: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(/\/assets\/ArticleText-[^/]*\.js$/, (route) => {
    held = route;
    asked();
  });
  await page.reload();
  await expect(page.getByRole('article')).toContainText(QUOTE);
  return {
    release: async () => {
      await requested;
      const arrived = page.waitForResponse(/\/assets\/ArticleText-[^/]*\.js$/);
      await held?.continue();
      await arrived;
    },
  };
}

/** Screen points of the first and last character of `needle` in the article. */
async function endsOf(page: Page, needle: string) {
  return page.getByRole('article').evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const at = nodes
      .map((n) => n.data)
      .join('')
      .indexOf(text);
    let before = at;
    for (const node of nodes) {
      if (before < node.data.length) {
        node.parentElement?.scrollIntoView({ block: 'center' });
        break;
      }
      before -= node.data.length;
    }
    const rectAt = (offset: number) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.data.length) {
          const range = document.createRange();
          range.setStart(node, rest);
          range.setEnd(node, rest + 1);
          return range.getBoundingClientRect();
        }
        rest -= node.data.length;
      }
      throw new Error('offset out of range');
    };
    const first = rectAt(at);
    const last = rectAt(at + text.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, needle);
}

async function tagSelected(page: Page): Promise<void> {
  await tag(page, QUOTE, 'Hua Chunying');
  await expect(page.locator('[role="article"] mark[data-statement-id]')).toHaveText(QUOTE);
}

async function tag(page: Page, quote: string, speakerName: string): Promise<void> {
  await expect(page.getByText(`Selected: “${quote.slice(0, 57)}`)).toBeVisible();
  await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form.locator('blockquote')).toHaveText(quote);
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill(speakerName);
  await speaker.press('Enter');
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form).toBeHidden();
}

test('a selection dragged the moment the article appears, before the editor is there, can be tagged', async ({
  page,
}) => {
  const editor = await openWithEditorHeld(page);
  const { from, to } = await endsOf(page, QUOTE);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);
  // Nothing to tag with yet: the editor's code is still on its way.
  await editor.release();
  await tagSelected(page);
});

test('the editor arriving in the middle of a drag lets the drag go on to its end', async ({ page }) => {
  const editor = await openWithEditorHeld(page);
  const { from, to } = await endsOf(page, QUOTE);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 3 });
  await editor.release();
  // Time for the editor to have taken over, were it going to under the pressed button.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.mouse.move(to.x, to.y, { steps: 3 });
  await page.mouse.up();
  await tagSelected(page);
});

test('statements changing in another tab under a drag in the first paint neither cut the drag short nor undo it', async ({
  page,
  context,
}) => {
  const items = (p: Page) => p.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  const editor = await openWithEditorHeld(page, async () => {
    await selectText(page, GENOCIDE);
    await tag(page, GENOCIDE, 'Antony Blinken');
    await expect(items(page)).toHaveCount(1);
  });
  await expect(page.locator('[role="article"] mark[data-statement-id]')).toHaveText(GENOCIDE);
  const { from, to } = await endsOf(page, QUOTE);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 3 });

  // Meanwhile the statement is deleted in another tab; this tab's list follows at once.
  const other = await context.newPage();
  await other.goto(page.url());
  await items(other).getByRole('button').first().click();
  await other.getByRole('button', { name: 'Delete statement' }).click();
  await expect(items(other)).toHaveCount(0);
  await expect(items(page)).toHaveCount(0);
  await other.close();

  await page.mouse.move(to.x, to.y, { steps: 3 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);
  // The text shows the change once the button is up, and the selection stays.
  await expect(page.locator('[role="article"] mark[data-statement-id]')).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);
  await editor.release();
  await tagSelected(page);
});

/** How far below the window's top edge the first character of `needle` in the article is. */
async function topOf(page: Page, needle: string): Promise<number> {
  return (await textRect(page, needle, 1)).top;
}

test('the editor taking over leaves the words where they were on screen', async ({ page }) => {
  const editor = await openWithEditorHeld(page);
  // Scrolled to, far enough down that paragraphs above it are laid out only once near the screen.
  await endsOf(page, QUOTE);
  const before = await topOf(page, QUOTE);
  const painted = await page.getByRole('article').elementHandle();
  await editor.release();
  await expect.poll(() => painted?.evaluate((el) => el.isConnected)).toBe(false);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await topOf(page, QUOTE)).toBeCloseTo(before, 0);
});
