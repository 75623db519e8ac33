import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../src/editor/positions/docText';
import { plainTextSlice } from '../../../src/editor/positions/plainTextSlice';
import { offsetToPos } from '../../../src/editor/positions/textPositions';
import { articleNode, articleSchema } from './articleNode';

const TEXT = 'Hua said “absurd” today.\n\nBlinken said “firm” then.';

/** The canonical text after pasting `pasted` at `offset` of TEXT. */
function pasteAt(offset: number, pasted: string): string {
  const doc = articleNode(TEXT);
  const pos = offsetToPos(doc, offset);
  const state = EditorState.create({ doc, selection: TextSelection.create(doc, pos) });
  const slice = plainTextSlice(articleSchema, pasted);
  if (!slice) return TEXT;
  return docText(state.apply(state.tr.replaceSelection(slice)).doc).text;
}

describe('plainTextSlice', () => {
  const at = TEXT.indexOf(' today');

  it('inserts a line of text into the paragraph', () => {
    expect(pasteAt(at, ' (really)')).toBe(TEXT.replace('” today', '” (really) today'));
  });

  it('keeps a single line break inside the paragraph, as canonical text has it', () => {
    expect(pasteAt(at, '\nnew line')).toBe(TEXT.replace('” today', '”\nnew line today'));
  });

  it('starts a new paragraph at each blank line', () => {
    expect(pasteAt(at, ' one.\n\nTwo.\n \n\nThree')).toBe(TEXT.replace('” today', '” one.\n\nTwo.\n\nThree today'));
  });

  it('turns CRLF into LF and composes to NFC', () => {
    expect(pasteAt(at, ' Cafe\u0301\r\n\r\nNext')).toBe(TEXT.replace('” today', '” Café\n\nNext today'));
  });

  it('gives null for nothing to paste', () => {
    expect(plainTextSlice(articleSchema, '')).toBeNull();
  });

  it('makes no blank lines when the pasted text ends in one', () => {
    expect(pasteAt(at, ' end.\n\n')).toBe(TEXT.replace('” today', '” end.\n\n today'));
  });
});
