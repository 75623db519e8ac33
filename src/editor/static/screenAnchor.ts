/**
 * Where the article stands on screen, by a paragraph: the first of `root`'s
 * paragraphs that reaches below the window's top edge (the first one the
 * person sees), and how far from that edge its top is.
 */
export interface ScreenAnchor {
  index: number;
  top: number;
}

/** The ScreenAnchor of the article element `root` (its children are the paragraphs), or null when it has none. */
export function screenAnchor(root: Element): ScreenAnchor | null {
  const paragraphs = root.children;
  if (paragraphs.length === 0) return null;
  // Paragraphs are in page order: the first with its bottom below the top edge, by halves.
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((paragraphs[mid]?.getBoundingClientRect().bottom ?? 0) > 0) high = mid;
    else low = mid + 1;
  }
  const top = paragraphs[low]?.getBoundingClientRect().top ?? 0;
  return { index: low, top };
}

/**
 * Scroll the window so that `root`'s paragraph `anchor.index` stands where
 * the anchor says, as it stood in the element `root` has just replaced.
 * Paragraphs are laid out only near the screen (content-visibility in
 * articleText.css), and new ones take a guessed height until the browser's
 * next frame has decided which are near: the same scroll position would
 * show other words, and a press in that frame (input comes first in a
 * frame) would select them. So `frame`, around `root`, lays every paragraph
 * out (`qm-article-frame--settling`) until the browser has reported the new
 * sizes to resize observers (once it has decided) and remembered them.
 */
export function keepOnScreen(frame: Element, root: Element, anchor: ScreenAnchor): void {
  const put = () => {
    const paragraph = root.children[Math.min(anchor.index, root.children.length - 1)];
    if (!paragraph) return;
    const moved = paragraph.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  };
  if (typeof ResizeObserver !== 'function') return put();
  frame.classList.add(SETTLING);
  put();
  const settled = new ResizeObserver(() => {
    settled.disconnect();
    put();
    // A frame on, once the browser has remembered every paragraph's size.
    requestAnimationFrame(() => frame.classList.remove(SETTLING));
  });
  settled.observe(root);
}

const SETTLING = 'qm-article-frame--settling';
