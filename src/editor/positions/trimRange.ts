import type { TextRange } from './textRange';

const SPACE = /\s/;

/**
 * `range` without the whitespace at either end (a double-clicked word often
 * brings its trailing space, a triple-clicked paragraph its break), or null
 * when nothing but whitespace is left. Quotes are anchored on what was said,
 * not on the gaps around it.
 */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let start = Math.max(0, range.start);
  let end = Math.min(text.length, range.end);
  while (start < end && SPACE.test(text.charAt(start))) start += 1;
  while (end > start && SPACE.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}
