import { expect, test, type Page, type Route } from '@playwright/test';

// The article is painted before the editor's code is there; these tests hold
// that code back (its chunk's response waits) to drag a selection in the
// page as first painted. The service worker would answer from its cache
// without asking the network, so it is kept out.
test.use({ serviceWorkers: 'block' });

const QUOTE = 'The door to Xinjiang is always open.';

/** Open the sample article in a fresh page load whose editor code arrives only when `release` is called. */
async function openWithEditorHeld(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toContainText('Hua Chunying');
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
  await expect(page.getByText(`Selected: “${QUOTE}`)).toBeVisible();
  await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  await expect(form.locator('blockquote')).toHaveText(QUOTE);
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('Hua Chunying');
  await speaker.press('Enter');
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('[role="article"] mark[data-statement-id]')).toHaveText(QUOTE);
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
