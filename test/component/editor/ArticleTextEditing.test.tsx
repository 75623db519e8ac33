import type { Editor } from '@tiptap/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleText } from '../../../src/editor/ArticleText';
import type { HighlightSpec } from '../../../src/editor/highlights/highlightSpec';
import type { TextEdit } from '../../../src/editor/editing/textEdit';

const TEXT = 'Noise MORE Hua said “absurd” today.\n\nBlinken said “firm” then.';
const NOISE = 'Noise MORE ';

function span(id: string, quote: string, text = TEXT): HighlightSpec {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { id, start, end: start + quote.length, color: '#ffe08a', label: id };
}

const HIGHLIGHTS = [span('hua', '“absurd”'), span('blinken', '“firm”')];

/** The TipTap editor behind the article element (TipTap puts it on its DOM). */
function editorOf(article: HTMLElement): Editor {
  return (article as HTMLElement & { editor: Editor }).editor;
}

function markText(id: string): string | undefined {
  return document.querySelector(`[data-statement-id="${id}"]`)?.textContent ?? undefined;
}

function setup(editable: boolean) {
  const onEdit = vi.fn<(edit: TextEdit | null) => void>();
  const onSelectionChange = vi.fn();
  const view = (props: { text?: string; editable: boolean; highlights?: HighlightSpec[] }) => (
    <ArticleText
      text={props.text ?? TEXT}
      highlights={props.highlights ?? HIGHLIGHTS}
      label="Article text"
      editable={props.editable}
      onEdit={onEdit}
      onSelectionChange={onSelectionChange}
    />
  );
  const { rerender } = render(view({ editable }));
  const article = screen.getByRole('article', { name: 'Article text' });
  return {
    article,
    editor: editorOf(article),
    onEdit,
    onSelectionChange,
    rerender: (p: Parameters<typeof view>[0]) => rerender(view(p)),
  };
}

function deleteNoise(editor: Editor) {
  // Positions of the first paragraph's text start at 1.
  act(() => {
    editor.commands.deleteRange({ from: 1, to: 1 + NOISE.length });
  });
}

function lastEdit(onEdit: ReturnType<typeof setup>['onEdit']): TextEdit | null | undefined {
  return onEdit.mock.lastCall?.[0];
}

describe('ArticleText in edit-text mode', () => {
  it('becomes contenteditable while editable, and read-only again after', () => {
    const { article, rerender } = setup(false);
    expect(article.getAttribute('contenteditable')).toBe('false');
    rerender({ editable: true });
    expect(article.getAttribute('contenteditable')).toBe('true');
    rerender({ editable: false });
    expect(article.getAttribute('contenteditable')).toBe('false');
  });

  it('reports each change as the new canonical text with a range mapping', () => {
    const { editor, onEdit } = setup(true);
    deleteNoise(editor);
    const edit = lastEdit(onEdit);
    expect(edit?.text).toBe(TEXT.replace(NOISE, ''));
    const quote = span('hua', '“absurd”');
    const mapped = edit?.mapRange(quote.start, quote.end);
    expect(mapped && edit?.text.slice(mapped.start, mapped.end)).toBe('“absurd”');
    // Highlights stay drawn and follow the edit.
    expect(markText('hua')).toBe('“absurd”');
  });

  it('reports null once the edit is undone with Ctrl+Z, and the edit again on Ctrl+Shift+Z', () => {
    const { article, editor, onEdit } = setup(true);
    deleteNoise(editor);
    act(() => {
      fireEvent.keyDown(article, { key: 'z', keyCode: 90, ctrlKey: true });
    });
    expect(lastEdit(onEdit)).toBeNull();
    expect(article.textContent).toContain(NOISE);
    act(() => {
      fireEvent.keyDown(article, { key: 'Z', keyCode: 90, ctrlKey: true, shiftKey: true });
    });
    expect(lastEdit(onEdit)?.text).toBe(TEXT.replace(NOISE, ''));
  });

  it('discards the edit when editing ends without a new text', () => {
    const { article, editor, rerender } = setup(true);
    deleteNoise(editor);
    rerender({ editable: false });
    expect(article.textContent).toBe(TEXT.replace('\n\n', ''));
    expect(markText('hua')).toBe('“absurd”');
  });

  it('keeps the edit when editing ends with the saved text, redrawing highlights against it', () => {
    const { article, editor, onEdit, rerender } = setup(true);
    deleteNoise(editor);
    const saved = lastEdit(onEdit)?.text ?? '';
    rerender({ editable: false, text: saved, highlights: [span('hua', '“absurd”', saved)] });
    expect(article.textContent).toBe(saved.replace('\n\n', ''));
    expect(markText('hua')).toBe('“absurd”');
    expect(markText('blinken')).toBeUndefined();
  });

  it('starts over from the saved text when saved while still editing', () => {
    const { editor, onEdit, rerender } = setup(true);
    deleteNoise(editor);
    const saved = lastEdit(onEdit)?.text ?? '';
    rerender({ editable: true, text: saved });
    expect(lastEdit(onEdit)).toBeNull();
    act(() => {
      editor.commands.insertContentAt(1, 'So ');
    });
    const edit = lastEdit(onEdit);
    expect(edit?.text).toBe(`So ${saved}`);
    // Offsets are now into the saved text.
    expect(edit?.mapRange(0, 3)).toEqual({ start: 3, end: 6 });
  });

  it('pastes plain text only, paragraphs at blank lines', () => {
    const { article, editor, onEdit } = setup(true);
    act(() => {
      editor.commands.setTextSelection(1);
      fireEvent.paste(article, {
        clipboardData: {
          types: ['text/plain', 'text/html'],
          getData: (type: string) =>
            type === 'text/plain' ? 'Pasted.\n\nAnd more. ' : '<b>Pasted.</b><p>And more.</p>',
        },
      });
    });
    expect(lastEdit(onEdit)?.text).toBe(`Pasted.\n\nAnd more. ${TEXT}`);
    expect(article.querySelector('b')).toBeNull();
  });

  it('withdraws a reported selection on entering edit mode and reports none while editing', () => {
    const { article, onSelectionChange, rerender } = setup(false);
    const node = article.querySelector('p')?.firstChild as Text;
    act(() => {
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 5);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      fireEvent.keyUp(article);
    });
    expect(onSelectionChange).toHaveBeenLastCalledWith({ start: 0, end: 5 });
    rerender({ editable: true });
    expect(onSelectionChange).toHaveBeenLastCalledWith(null);
    const calls = onSelectionChange.mock.calls.length;
    act(() => {
      const range = document.createRange();
      range.setStart(article.querySelector('p')?.firstChild as Text, 0);
      range.setEnd(article.querySelector('p')?.firstChild as Text, 8);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      fireEvent.keyUp(article);
    });
    expect(onSelectionChange.mock.calls.length).toBe(calls);
  });
});

describe('ArticleText entering edit mode with a new text', () => {
  it('starts the session from the new text, so offsets are into it', () => {
    const onEdit = vi.fn<(edit: TextEdit | null) => void>();
    const next = 'Fresh text: “absurd” indeed.';
    const { rerender } = render(<ArticleText text={TEXT} highlights={[]} label="Article text" onEdit={onEdit} />);
    rerender(<ArticleText text={next} highlights={[]} label="Article text" editable onEdit={onEdit} />);
    const article = screen.getByRole('article', { name: 'Article text' });
    expect(article.textContent).toBe(next);
    act(() => {
      editorOf(article).commands.deleteRange({ from: 1, to: 1 + 'Fresh text: '.length });
    });
    const edit = lastEdit(onEdit);
    const quote = next.indexOf('“absurd”');
    const mapped = edit?.mapRange(quote, quote + '“absurd”'.length);
    expect(mapped && edit?.text.slice(mapped.start, mapped.end)).toBe('“absurd”');
  });
});
