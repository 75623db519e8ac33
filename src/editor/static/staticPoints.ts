import type { StaticBlock } from './staticBlocks';

/** A selection as canonical-text offsets: where it was started and where it ends, in that order. */
export interface SelectionOffsets {
  anchor: number;
  focus: number;
}

/**
 * The text offset of a DOM point in a static article (`root`, painted from
 * `blocks` by renderStaticBlocks), or null when the point is not in it.
 */
export function staticOffsetOf(
  root: Element,
  blocks: readonly StaticBlock[],
  node: Node,
  offset: number,
): number | null {
  if (node === root) {
    const block = blocks[offset] ?? blocks.at(-1);
    if (!block) return 0;
    return offset < blocks.length ? block.start : block.start + blockLength(block);
  }
  let paragraph: Node | null = node;
  while (paragraph && paragraph.parentNode !== root) paragraph = paragraph.parentNode;
  if (!paragraph) return null;
  const index = Array.prototype.indexOf.call(root.childNodes, paragraph) as number;
  const block = blocks[index];
  if (!block) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return block.start + range.toString().length;
}

/** The DOM selection's offsets in a static article, or null when it is collapsed or not in it. */
export function staticSelection(
  root: Element,
  blocks: readonly StaticBlock[],
  selection: Selection | null,
): SelectionOffsets | null {
  // Ends and offsets only: Chromium brings style and layout up to date for
  // rangeCount and isCollapsed, which here would lay out the page mid-render.
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !root.contains(anchorNode) || !root.contains(focusNode)) return null;
  if (anchorNode === focusNode && selection.anchorOffset === selection.focusOffset) return null;
  const anchor = staticOffsetOf(root, blocks, anchorNode, selection.anchorOffset);
  const focus = staticOffsetOf(root, blocks, focusNode, selection.focusOffset);
  return anchor === null || focus === null || anchor === focus ? null : { anchor, focus };
}

/** The DOM point of a text offset in a static article: a text node and an offset in it, or null. */
export function staticPointAt(
  root: Element,
  blocks: readonly StaticBlock[],
  offset: number,
): { node: Node; offset: number } | null {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as StaticBlock;
    const paragraph = root.childNodes[i];
    if (!paragraph || offset < block.start || offset > block.start + blockLength(block)) continue;
    let rest = offset - block.start;
    const walker = root.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      last = n as Text;
      if (rest <= last.data.length) return { node: last, offset: rest };
      rest -= last.data.length;
    }
    return last ? { node: last, offset: last.data.length } : { node: paragraph, offset: 0 };
  }
  return null;
}

function blockLength(block: StaticBlock): number {
  return block.pieces.reduce((sum, piece) => sum + piece.text.length, 0);
}
