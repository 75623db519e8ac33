/** Paragraphs put in at once: a news paragraph is about 170 px, so 8 fill the article pane of a 1440p monitor. */
export const FIRST_PARAGRAPHS = 8;
/** Paragraphs added per idle slice afterwards: well under one long task. */
export const SLICE_PARAGRAPHS = 10;

/**
 * How many of an article's `count` paragraphs are shown at first, before
 * the rest follows in idle slices: all of a short article (no slice is worth
 * it), the first screen of a long one. The static first paint
 * (StaticArticleText) and the editor's loader (TextLoader) agree on it, so
 * the page does not change height when the editor takes over.
 */
export function paragraphsAtFirst(count: number): number {
  return count <= FIRST_PARAGRAPHS + SLICE_PARAGRAPHS ? count : FIRST_PARAGRAPHS;
}
