import { Extension, type Editor } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';
import { highlightPlugin, highlightPluginKey, type HighlightUpdate } from './highlightPlugin';
import type { HighlightSpec } from './highlightSpec';

/** TipTap extension that installs the statement highlight plugin. */
export const highlightExtension = Extension.create({
  name: 'quotemarkHighlights',
  addProseMirrorPlugins() {
    return [highlightPlugin()];
  },
});

/**
 * Replace the highlights drawn in `editor` (which must include
 * highlightExtension). Offsets are into the editor's current text.
 */
export function setHighlights(
  editor: Editor,
  highlights: readonly HighlightSpec[],
  activeId?: string | null,
): void {
  if (editor.isDestroyed) return;
  const update: HighlightUpdate = { highlights, activeId: activeId ?? null };
  // Drawing is not an edit: keep it out of undo history.
  const tr = editor.state.tr.setMeta(highlightPluginKey, update).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}

/**
 * Replace the document with `doc` (when given) and draw `highlights` over
 * it, in one transaction: the view renders the new text once, already
 * highlighted, instead of bare and then again with its marks.
 */
export function showText(editor: Editor, doc: Node | null, highlights: readonly HighlightSpec[], activeId: string | null): void {
  if (editor.isDestroyed) return;
  if (!doc) return setHighlights(editor, highlights, activeId);
  const update: HighlightUpdate = { highlights, activeId };
  const tr = editor.state.tr.replaceWith(0, editor.state.doc.content.size, doc.content);
  // A new text starts with the caret at its start, as a fresh editor would.
  tr.setSelection(Selection.atStart(tr.doc))
    .setMeta(highlightPluginKey, update)
    .setMeta('addToHistory', false)
    // As TipTap's setContent with emitUpdate false: not a person's edit.
    .setMeta('preventUpdate', true);
  editor.view.dispatch(tr);
}
