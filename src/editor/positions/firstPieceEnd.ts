import type { Node } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';

/**
 * Where the first element ProseMirror draws for an inline decoration over
 * [from, to) ends. ProseMirror cuts the text into one element per stretch
 * between decoration edges and paragraph ends; `others` are the decorations
 * that may cut this one (any that do not overlap it are ignored). Splitting
 * the decoration there changes nothing on screen, but lets one attribute
 * (aria-current) go on the first element only.
 */
export function firstPieceEnd(doc: Node, from: number, to: number, others: Iterable<Decoration>): number {
  const start = firstTextPos(doc, from, to);
  if (start >= to) return to;
  let end = Math.min(to, doc.resolve(start).end());
  for (const other of others) {
    if (other.from > start && other.from < end) end = other.from;
    if (other.to > start && other.to < end) end = other.to;
  }
  return end;
}

/**
 * The first position at or after `from` with text after it in its
 * paragraph: a range starting at a paragraph's end draws nothing there.
 */
function firstTextPos(doc: Node, from: number, to: number): number {
  let pos = from;
  while (pos < to) {
    const $pos = doc.resolve(pos);
    if ($pos.depth === 0) return to;
    if (pos < $pos.end()) return pos;
    pos = $pos.after() + 1;
  }
  return to;
}
