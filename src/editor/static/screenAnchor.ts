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
 * the anchor says, as it stood in the element `root` replaces. Paragraphs
 * are drawn only once near the screen (content-visibility in
 * articleText.css): new ones far above the screen take a guessed height,
 * so the same scroll position would show other words.
 */
export function keepOnScreen(root: Element, anchor: ScreenAnchor): void {
  const paragraph = root.children[Math.min(anchor.index, root.children.length - 1)];
  if (!paragraph) return;
  const moved = paragraph.getBoundingClientRect().top - anchor.top;
  if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
}
