import { Extension, type Editor } from '@tiptap/core';
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
export function setHighlights(editor: Editor, highlights: readonly HighlightSpec[], activeId?: string | null): void {
  if (editor.isDestroyed) return;
  const update: HighlightUpdate = { highlights, activeId: activeId ?? null };
  // Drawing is not an edit: keep it out of undo history.
  const tr = editor.state.tr.setMeta(highlightPluginKey, update).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}
