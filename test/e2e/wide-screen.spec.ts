import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 } });

test('on a 1440 px screen the sidebar takes the spare width and the text keeps about 70 characters a line', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  const text = page.getByRole('article');
  await expect(text).toBeVisible();
  // Read in one go from the page: the editor takes over from the first
  // paint with an article element of its own, in the same place, and an
  // element found a moment before may be gone by the time it is measured.
  const measure = await page.evaluate(() => {
    const root = document.querySelector('[role="article"]');
    if (!root) throw new Error('no article');
    const sidebar = document.querySelector('aside[aria-label="Statements"]');
    if (!sidebar) throw new Error('no sidebar');
    // The longest paragraph: its characters over the lines it takes.
    const longest = [...root.querySelectorAll('p')].sort(
      (a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length,
    )[0];
    if (!longest) throw new Error('no paragraph');
    const range = document.createRange();
    range.selectNodeContents(longest);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    const fullLines = Math.max(1, lines - 1);
    return {
      gap: sidebar.getBoundingClientRect().left - root.getBoundingClientRect().right,
      sidebarWidth: sidebar.getBoundingClientRect().width,
      charsPerLine: (longest.textContent ?? '').length / (fullLines + 0.5),
    };
  });
  expect(measure.gap, 'space between the text and the sidebar').toBeLessThanOrEqual(80);
  expect(measure.sidebarWidth, 'the sidebar grows past its 24rem minimum').toBeGreaterThan(500);
  expect(measure.charsPerLine).toBeGreaterThan(60);
  expect(measure.charsPerLine).toBeLessThan(85);
});
