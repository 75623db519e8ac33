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
 * the anchor says, as it stood in the element `root` has just replaced:
 * at once, and again once the browser has laid the new paragraphs out for
 * the first frame. Paragraphs are laid out only near the screen
 * (content-visibility in articleText.css), and new ones have a guessed
 * height until the browser has decided which are near, which it does just
 * before it reports sizes to resize observers: the same scroll position
 * would show other words, and a drag the person aimed there would select
 * them.
 */
export function keepOnScreen(root: Element, anchor: ScreenAnchor): void {
  const put = () => {
    const paragraph = root.children[Math.min(anchor.index, root.children.length - 1)];
    if (!paragraph) return;
    const moved = paragraph.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  };
  put();
  if (typeof ResizeObserver !== 'function') return;
  // Its first report comes in the first frame, before paint.
  const settled = new ResizeObserver(() => {
    settled.disconnect();
    put();
  });
  settled.observe(root);
}
