import type { Node } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../../core/text/textBlocks';

/**
 * Where each paragraph of an article document starts, as a canonical-text
 * offset and as an editor position, plus its text length: arrays in
 * document order, for binary search.
 */
export interface BlockIndex {
  textStarts: readonly number[];
  contentStarts: readonly number[];
  sizes: readonly number[];
}

// Documents are immutable, so an index stays right for as long as its
// document lives; drawing 2,000 highlights looks positions up 8,000 times.
const cache = new WeakMap<Node, BlockIndex>();

/** The BlockIndex of an article document (paragraphs of plain text). */
export function blockIndex(doc: Node): BlockIndex {
  const cached = cache.get(doc);
  if (cached) return cached;
  const textStarts: number[] = [];
  const contentStarts: number[] = [];
  const sizes: number[] = [];
  let textStart = 0;
  doc.forEach((block, nodePos) => {
    textStarts.push(textStart);
    contentStarts.push(nodePos + 1);
    sizes.push(block.content.size);
    textStart += block.content.size + BLOCK_SEPARATOR.length;
  });
  const index = { textStarts, contentStarts, sizes };
  cache.set(doc, index);
  return index;
}

/** The last block whose text starts at or before `offset` (0 if none does). */
export function blockAtOffset(index: BlockIndex, offset: number): number {
  let low = 0;
  let high = index.textStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((index.textStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
