/**
 * Count the code points in text.slice(0, offset). The app stores UTF-16
 * offsets (what JavaScript strings index by), while W3C TextPositionSelector
 * counts Unicode code points, so an astral character such as an emoji is two
 * units here but one position there. An offset inside a surrogate pair
 * counts the pair as one code point already begun (rounds up).
 */
export function utf16ToCodePoints(text: string, offset: number): number {
  const end = Math.max(0, Math.min(offset, text.length));
  let count = 0;
  for (let i = 0; i < end; i += 1) {
    // A low surrogate right after a high one belongs to the same code point.
    if (!isLowSurrogateAfterHigh(text, i)) count += 1;
  }
  return count;
}

/**
 * The UTF-16 offset of the code point at index cp in text: the inverse of
 * utf16ToCodePoints. Returns null when cp is negative, not an integer, or
 * beyond the end of the text, so a bad selector is refused, never clamped.
 */
export function codePointsToUtf16(text: string, cp: number): number | null {
  if (!Number.isInteger(cp) || cp < 0) return null;
  let offset = 0;
  for (let seen = 0; seen < cp; seen += 1) {
    if (offset >= text.length) return null;
    const code = text.codePointAt(offset) ?? 0;
    offset += code > 0xffff ? 2 : 1;
  }
  return offset;
}

function isLowSurrogateAfterHigh(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
