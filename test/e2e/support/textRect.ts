import type { Page } from '@playwright/test';

/**
 * The on-screen top and bottom of `needle` in the article text (of its
 * first `length` characters when given), found in one text node.
 */
export function textRect(page: Page, needle: string, length = needle.length): Promise<{ top: number; bottom: number }> {
  return page.getByRole('article').evaluate(
    (root, [text, count]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + count);
        const { top, bottom } = range.getBoundingClientRect();
        return { top, bottom };
      }
      throw new Error(`"${text}" is not in one text node of the article`);
    },
    [needle, length] as const,
  );
}
