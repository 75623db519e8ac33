import type { JSONContent } from '@tiptap/core';
import { textBlocks } from '../../core/text/textBlocks';

/**
 * The editor document for a canonical article text: one paragraph per block.
 * Single '\n' line breaks stay as characters inside the paragraph text (not
 * hard-break nodes) so that every text offset maps 1:1 onto an editor
 * position; the editor renders them with white-space: pre-wrap.
 */
export function articleDocument(text: string): JSONContent {
  const blocks = textBlocks(text);
  // The document schema requires at least one block; an empty text is one
  // empty paragraph.
  if (blocks.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return {
    type: 'doc',
    content: blocks.map((block) =>
      // ProseMirror rejects empty text nodes, so an empty block is a bare paragraph.
      block.text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: block.text }] },
    ),
  };
}
