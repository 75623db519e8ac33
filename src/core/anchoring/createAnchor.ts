import { ANCHOR_CONTEXT_CHARS, type Anchor } from '../model/anchor';

/**
 * Build a stored anchor for text.slice(start, end) with up to 32 characters
 * of context either side. Offsets that would cut a surrogate pair are widened
 * so the quote never holds half an emoji. Returns null for an empty or
 * out-of-range span.
 */
export function createAnchor(text: string, start: number, end: number): Anchor | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || end <= start) return null;
  const s = isLowSurrogateAt(text, start) ? start - 1 : start;
  const e = isLowSurrogateAt(text, end) ? end + 1 : end;
  return {
    start: s,
    end: e,
    exact: text.slice(s, e),
    prefix: contextBefore(text, s),
    suffix: contextAfter(text, e),
  };
}

function contextBefore(text: string, at: number): string {
  let from = Math.max(0, at - ANCHOR_CONTEXT_CHARS);
  if (isLowSurrogateAt(text, from)) from += 1;
  return text.slice(from, at);
}

function contextAfter(text: string, at: number): string {
  let to = Math.min(text.length, at + ANCHOR_CONTEXT_CHARS);
  if (isLowSurrogateAt(text, to)) to -= 1;
  return text.slice(at, to);
}

/** True when index i sits between the two halves of a surrogate pair. */
function isLowSurrogateAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
