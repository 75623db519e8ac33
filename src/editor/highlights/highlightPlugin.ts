import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { drawHighlights } from './drawHighlights';
import type { HighlightLayer } from './highlightLayer';
import type { HighlightSpec } from './highlightSpec';
import { redrawHighlights } from './redrawHighlights';

/** What a transaction carries to replace the drawn highlights. */
export interface HighlightUpdate {
  highlights: readonly HighlightSpec[];
  activeId: string | null;
  /**
   * The transaction only added text after the end of the document (a slice
   * of a long article coming in): what is drawn keeps its positions, so only
   * the statements that changed are drawn, not all of them again.
   */
  appended?: boolean;
}

/** Key of the highlight plugin; its state is the drawn HighlightLayer. */
export const highlightPluginKey = new PluginKey<HighlightLayer>('quotemarkHighlights');

// No statements yet: the first update draws from scratch.
const EMPTY: HighlightLayer = { set: DecorationSet.empty, statements: null };

/**
 * A ProseMirror plugin drawing statement highlights. A transaction carrying
 * a HighlightUpdate under highlightPluginKey brings the drawing up to date
 * with it (against that transaction's document, so offsets and document
 * always agree), redrawing only the statements that changed; every other
 * document change maps the drawing, so highlights follow edits until the
 * next update.
 */
export function highlightPlugin(): Plugin<HighlightLayer> {
  return new Plugin<HighlightLayer>({
    key: highlightPluginKey,
    state: {
      init: () => EMPTY,
      apply(tr, layer) {
        const update = tr.getMeta(highlightPluginKey) as HighlightUpdate | undefined;
        if (update) {
          // Decorations mapped through this transaction's own steps no
          // longer sit where the specs say: draw them all against tr.doc.
          if (tr.docChanged && update.appended && layer.statements) {
            const kept = { set: layer.set.map(tr.mapping, tr.doc), statements: layer.statements };
            return redrawHighlights(kept, tr.doc, update.highlights, update.activeId);
          }
          if (tr.docChanged) return drawHighlights(tr.doc, update.highlights, update.activeId);
          return redrawHighlights(layer, tr.doc, update.highlights, update.activeId);
        }
        if (!tr.docChanged) return layer;
        return { set: layer.set.map(tr.mapping, tr.doc), statements: null };
      },
    },
    props: {
      decorations(state) {
        return highlightPluginKey.getState(state)?.set;
      },
    },
  });
}
