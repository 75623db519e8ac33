import { getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Node } from '@tiptap/pm/model';
import { articleDocument } from '../../../src/editor/positions/articleDocument';

/** The schema ArticleText uses, built without a DOM. */
export const articleSchema = getSchema([Document, Paragraph, Text]);

/** The ProseMirror document ArticleText would show for `text`. */
export function articleNode(text: string): Node {
  return Node.fromJSON(articleSchema, articleDocument(text));
}

/**
 * A text with what the editor must keep 1:1: curly and straight quotes, an
 * emoji (two UTF-16 units), a line break inside a paragraph and a paragraph
 * break.
 */
export const SAMPLE = [
  '“This is an absurdity,” said Hua Chunying 😀 in Beijing.',
  "Line one\nline two with 'straight' quotes 👍🏽.",
  'Blinken said: “We stand firm.”',
].join('\n\n');
