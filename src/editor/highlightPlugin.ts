import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { highlightDecorations } from './highlightDecorations';
import type { HighlightSpec } from './highlightSpec';

/** What a transaction carries to replace the drawn highlights. */
export interface HighlightUpdate {
  highlights: readonly HighlightSpec[];
  activeId: string | null;
}

/** Key of the highlight plugin; its state is the drawn DecorationSet. */
export const highlightPluginKey = new PluginKey<DecorationSet>('quotemarkHighlights');

/**
 * A ProseMirror plugin drawing statement highlights. Its state is replaced
 * when a transaction carries a HighlightUpdate under highlightPluginKey
 * (built against that transaction's document, so offsets and document always
 * agree) and is mapped through every other document change, so highlights
 * follow edits until the next update.
 */
export function highlightPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: highlightPluginKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const update = tr.getMeta(highlightPluginKey) as HighlightUpdate | undefined;
        if (update) return highlightDecorations(tr.doc, update.highlights, update.activeId);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations(state) {
        return highlightPluginKey.getState(state);
      },
    },
  });
}
