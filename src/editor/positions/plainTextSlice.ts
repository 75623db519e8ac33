import { Fragment, Slice, type Schema } from '@tiptap/pm/model';

// Blank lines (maybe holding spaces) separate blocks, as in canonicalText.
const BLANK_LINES = /\n(?:[ \t\u00a0]*\n)+/;

/**
 * Pasted plain text as content for an article document: NFC, '\n' line
 * ends, a new paragraph at each blank line and single line breaks kept
 * inside the paragraph, as canonical text has them. Null when there is
 * nothing to insert.
 */
export function plainTextSlice(schema: Schema, pasted: string): Slice | null {
  const text = pasted.normalize('NFC').replace(/\r\n?/g, '\n');
  if (text === '') return null;
  const blocks = text.split(BLANK_LINES);
  if (blocks.length === 1) return new Slice(Fragment.from(schema.text(text)), 0, 0);
  const paragraph = schema.nodes['paragraph'];
  if (!paragraph) return null;
  const paragraphs = blocks.map((block) =>
    // An empty paragraph is dropped from the canonical text, but keeps the
    // break the person pasted while they go on editing.
    paragraph.create(null, block === '' ? null : schema.text(block)),
  );
  // Open at both ends: the first block joins the paragraph pasted into, and
  // the last one takes the rest of it.
  return new Slice(Fragment.from(paragraphs), 1, 1);
}
