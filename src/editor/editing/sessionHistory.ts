import type { Editor } from '@tiptap/core';
import { history, redo, undo } from '@tiptap/pm/history';
import { keydownHandler } from '@tiptap/pm/keymap';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const UNDO_KEYS = new PluginKey('quotemarkUndoKeys');

// The shortcuts of TipTap's UndoRedo extension, Russian layout included.
const BINDINGS = {
  'Mod-z': undo,
  'Shift-Mod-z': redo,
  'Mod-y': redo,
  'Mod-я': undo,
  'Shift-Mod-я': redo,
};

/**
 * Give `editor` an undo history (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl/Cmd+Y)
 * that starts empty, and return the function that removes it. Installed per
 * edit session rather than as an extension, so an undo can never reach back
 * past the start of the session into an edit that was already saved or
 * discarded. Undo and redo are ordinary transactions, mapped like any other.
 */
export function sessionHistory(editor: Editor): () => void {
  editor.registerPlugin(history());
  editor.registerPlugin(new Plugin({ key: UNDO_KEYS, props: { handleKeyDown: keydownHandler(BINDINGS) } }));
  return () => {
    // 'history' is the key prosemirror-history gives its plugin.
    editor.unregisterPlugin(['history', UNDO_KEYS]);
  };
}
