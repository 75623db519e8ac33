import type { Page } from '@playwright/test';

/**
 * Select `needle` in the article text with the mouse, as a person would:
 * press on its first character, drag to its last, release. The n-th
 * occurrence (0-based) is chosen when the text repeats.
 */
export async function selectText(page: Page, needle: string, occurrence = 0): Promise<void> {
  // A drag measured just before the page moved (a statement revealed after
  // a save, the form closing) lands on other words; a person would look and
  // drag again, so the helper checks what got selected and tries again.
  for (let attempt = 1; ; attempt++) {
    await dragOver(page, needle, occurrence);
    const selected = await page.evaluate(() => window.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '');
    if (selected === needle.replace(/\s+/g, ' ').trim() || attempt === 3) return;
  }
}

async function dragOver(page: Page, needle: string, occurrence: number): Promise<void> {
  const article = page.getByRole('article');
  const points = await article.evaluate(
    (root, [text, nth]) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const full = nodes.map((n) => n.data).join('');
      let at = full.indexOf(text);
      for (let i = 0; i < nth && at !== -1; i++) at = full.indexOf(text, at + 1);
      if (at === -1) throw new Error(`"${text}" is not in the article`);
      const locate = (offset: number) => {
        let rest = offset;
        for (const node of nodes) {
          if (rest < node.data.length) return { node, offset: rest };
          rest -= node.data.length;
        }
        throw new Error('offset out of range');
      };
      const rectOf = (offset: number) => {
        const { node, offset: o } = locate(offset);
        const range = document.createRange();
        range.setStart(node, o);
        range.setEnd(node, o + 1);
        const rects = range.getClientRects();
        return rects[rects.length - 1] ?? range.getBoundingClientRect();
      };
      locate(at).node.parentElement?.scrollIntoView({ block: 'center' });
      const first = rectOf(at);
      const last = rectOf(at + text.length - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    [needle, occurrence] as const,
  );
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, (points.from.y + points.to.y) / 2, { steps: 4 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 4 });
  await page.mouse.up();
}
