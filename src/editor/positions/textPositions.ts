import type { Node } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../../core/text/textBlocks';
import { blockAtOffset, blockIndex } from './blockIndex';

/**
 * Which way a point that falls between two blocks leans: -1 to the end of the
 * block before it, 1 to the start of the block after it. Range starts want 1
 * and range ends want -1, so a range never swallows a paragraph break it did
 * not ask for.
 */
export type Bias = -1 | 1;

const SEPARATOR_LENGTH = BLOCK_SEPARATOR.length;

/**
 * The editor position for a UTF-16 offset into the canonical text (block
 * texts joined by '\n\n'), for an article document (paragraphs of plain text,
 * as built by articleDocument). Offsets inside a separator go to the nearest
 * paragraph boundary, ties broken by `bias`; offsets out of range are clamped.
 */
export function offsetToPos(doc: Node, offset: number, bias: Bias = 1): number {
  const index = blockIndex(doc);
  const last = index.textStarts.length - 1;
  if (last < 0) return 0;
  const i = blockAtOffset(index, offset);
  const textStart = index.textStarts[i] ?? 0;
  const contentStart = index.contentStarts[i] ?? 1;
  const size = index.sizes[i] ?? 0;
  const textEnd = textStart + size;
  if (offset <= textEnd) return contentStart + Math.max(0, offset - textStart);
  // Past the end: the end of the last paragraph's content.
  if (i === last) return contentStart + size;
  // Inside the separator before block i + 1.
  const toEnd = offset - textEnd;
  const toNext = textEnd + SEPARATOR_LENGTH - offset;
  const leanBack = toEnd < toNext || (toEnd === toNext && bias < 0);
  return leanBack ? contentStart + size : (index.contentStarts[i + 1] ?? contentStart + size);
}

/**
 * The canonical-text offset for an editor position in an article document.
 * A position between two paragraphs is the block boundary: the end of the
 * block before it when `bias` is -1, the start of the block after it when 1.
 * Positions out of range are clamped.
 */
export function posToOffset(doc: Node, pos: number, bias: Bias = 1): number {
  let textStart = 0;
  let nodePos = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const contentStart = nodePos + 1;
    if (pos < contentStart) {
      if (i === 0 || bias > 0) return textStart;
      return textStart - SEPARATOR_LENGTH;
    }
    const size = block.content.size;
    if (pos <= contentStart + size) return textStart + (pos - contentStart);
    textStart += size + SEPARATOR_LENGTH;
    nodePos += block.nodeSize;
  }
  return Math.max(0, textStart - SEPARATOR_LENGTH);
}
