import { closeHistory, history, redo, undo } from '@tiptap/pm/history';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { EditSession } from '../../../src/editor/editing/EditSession';
import { offsetToPos } from '../../../src/editor/positions/textPositions';
import { articleNode } from './articleNode';

const TEXT = 'Noise noise. Hua said “absurd” today.\n\nBlinken said “firm” then.';

/** An editor state with an undo history, and a session recording it. */
function start() {
  let state = EditorState.create({ doc: articleNode(TEXT), plugins: [history()] });
  const session = new EditSession(state.doc);
  const apply = (tr: Transaction) => {
    state = state.apply(tr);
    if (tr.docChanged) session.record(state.doc, tr.mapping.maps);
  };
  return {
    session,
    get state() {
      return state;
    },
    // Each change its own undo event, as separate keystrokes far apart are.
    change: (make: (s: EditorState) => Transaction) => apply(closeHistory(make(state))),
    undo: () => undo(state, apply),
    redo: () => redo(state, apply),
  };
}

function range(quote: string) {
  const s = TEXT.indexOf(quote);
  return [s, s + quote.length] as const;
}

function mappedText(session: EditSession, quote: string): string | null {
  const edit = session.edit();
  if (!edit) return quote;
  const r = edit.mapRange(...range(quote));
  return r && edit.text.slice(r.start, r.end);
}

describe('EditSession', () => {
  it('has no edit until the document changes, and none once it is back', () => {
    const editor = start();
    expect(editor.session.edit()).toBeNull();
    editor.change((s) => s.tr.insertText('!', offsetToPos(s.doc, 5)));
    expect(editor.session.edit()?.text).toBe(TEXT.replace('Noise', 'Noise!'));
    editor.undo();
    expect(editor.session.edit()).toBeNull();
  });

  it('maps through typing and its undo (ordinary transactions)', () => {
    const editor = start();
    const [absurdStart] = range('absurd');
    editor.change((s) => s.tr.insertText('utterly ', offsetToPos(s.doc, absurdStart)));
    expect(mappedText(editor.session, '“absurd”')).toBe('“utterly absurd”');
    const noise = range('Noise noise. ');
    editor.change((s) => s.tr.delete(offsetToPos(s.doc, noise[0]), offsetToPos(s.doc, noise[1])));
    expect(mappedText(editor.session, '“absurd”')).toBe('“utterly absurd”');
    editor.undo(); // the noise is back
    expect(editor.session.edit()?.text).toBe(TEXT.replace('absurd', 'utterly absurd'));
    expect(mappedText(editor.session, '“absurd”')).toBe('“utterly absurd”');
    expect(mappedText(editor.session, 'Noise noise.')).toBe('Noise noise.');
    editor.undo(); // "utterly " is gone
    expect(editor.session.edit()).toBeNull();
    editor.redo(); // "utterly " is back
    editor.redo(); // the noise is gone again
    expect(editor.session.edit()?.text).toBe(TEXT.replace('Noise noise. ', '').replace('absurd', 'utterly absurd'));
    expect(mappedText(editor.session, '“absurd”')).toBe('“utterly absurd”');
    expect(mappedText(editor.session, '“firm”')).toBe('“firm”');
    expect(mappedText(editor.session, 'Noise noise.')).toBeNull();
  });

  it('brings back a quote whose deletion was undone, instead of orphaning it', () => {
    const editor = start();
    const [from, to] = range('Hua said “absurd” today.');
    editor.change((s) => s.tr.delete(offsetToPos(s.doc, from), offsetToPos(s.doc, to)));
    expect(mappedText(editor.session, '“absurd”')).toBeNull();
    editor.change((s) => s.tr.insertText('Sasse: ', offsetToPos(s.doc, range('Blinken')[0])));
    editor.undo(); // "Sasse: " is gone
    editor.undo(); // Hua's sentence is back
    expect(editor.session.edit()).toBeNull();
    // A later edit maps from the document with the quote back in it.
    editor.change((s) => s.tr.insertText('!', offsetToPos(s.doc, range('then')[1])));
    expect(mappedText(editor.session, '“absurd”')).toBe('“absurd”');
    expect(editor.session.edit()?.text).toBe(TEXT.replace('then', 'then!'));
  });

  it('keeps a reported edit as it was, whatever the person does next', () => {
    const editor = start();
    editor.change((s) => s.tr.insertText('!', offsetToPos(s.doc, 5)));
    const first = editor.session.edit();
    const [from, to] = range('Hua said “absurd” today.');
    editor.change((s) => s.tr.delete(offsetToPos(s.doc, from + 1), offsetToPos(s.doc, to + 1)));
    expect(mappedText(editor.session, '“absurd”')).toBeNull();
    const mapped = first?.mapRange(...range('“absurd”'));
    expect(mapped && first?.text.slice(mapped.start, mapped.end)).toBe('“absurd”');
  });

  it('ignores a change that leaves the document as it was', () => {
    const editor = start();
    const [s0, s1] = range('Hua');
    editor.change((s) => s.tr.insertText('Hua', offsetToPos(s.doc, s0), offsetToPos(s.doc, s1)));
    expect(editor.session.edit()).toBeNull();
    expect(editor.session.mapping().maps).toHaveLength(0);
  });
});
