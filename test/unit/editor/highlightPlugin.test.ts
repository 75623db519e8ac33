import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import {
  highlightPlugin,
  highlightPluginKey,
  type HighlightUpdate,
} from '../../../src/editor/highlights/highlightPlugin';
import { articleNode } from './articleNode';

const TEXT = 'Sasse said “enough.”\n\nHua replied.';

function drawn(state: EditorState): { id: string; text: string }[] {
  const set = highlightPluginKey.getState(state)?.set;
  return (set?.find() ?? []).map((d) => ({
    id: (d.spec as { id: string }).id,
    text: state.doc.textBetween(d.from, d.to),
  }));
}

describe('highlightPlugin', () => {
  const start = EditorState.create({ doc: articleNode(TEXT), plugins: [highlightPlugin()] });
  const update: HighlightUpdate = {
    highlights: [{ id: 's', start: 11, end: 20, color: '#a8d8ff', label: 'Sasse' }],
    activeId: null,
  };

  it('starts empty and is replaced by a transaction meta', () => {
    expect(drawn(start)).toEqual([]);
    const state = start.apply(start.tr.setMeta(highlightPluginKey, update));
    expect(drawn(state)).toEqual([{ id: 's', text: '“enough.”' }]);
  });

  it('maps highlights through an edit before them', () => {
    const state = start.apply(start.tr.setMeta(highlightPluginKey, update));
    const edited = state.apply(state.tr.insertText('Ben ', 1));
    expect(drawn(edited)).toEqual([{ id: 's', text: '“enough.”' }]);
  });

  it('keeps highlights across transactions that do not touch them', () => {
    const state = start.apply(start.tr.setMeta(highlightPluginKey, update));
    expect(drawn(state.apply(state.tr.setMeta('unrelated', true)))).toEqual([{ id: 's', text: '“enough.”' }]);
  });

  it('redraws everything after the document was replaced, even for unchanged statements', () => {
    const state = start.apply(start.tr.setMeta(highlightPluginKey, update));
    // What setContent does: the old decorations are mapped away with their text.
    const replaced = state.apply(state.tr.replaceWith(0, state.doc.content.size, articleNode(TEXT).content));
    expect(drawn(replaced)).toEqual([]);
    expect(drawn(replaced.apply(replaced.tr.setMeta(highlightPluginKey, update)))).toEqual([
      { id: 's', text: '“enough.”' },
    ]);
  });

  it('keeps the drawing of statements that did not change', () => {
    const two: HighlightUpdate = {
      highlights: [
        ...update.highlights,
        { id: 'h', start: 22, end: 25, color: '#ffe08a', label: 'Hua', cue: { start: 26, end: 33 } },
      ],
      activeId: null,
    };
    const state = start.apply(start.tr.setMeta(highlightPluginKey, update));
    const before = highlightPluginKey.getState(state)?.statements?.get('s');
    const next = state.apply(state.tr.setMeta(highlightPluginKey, two));
    expect(highlightPluginKey.getState(next)?.statements?.get('s')).toBe(before);
    expect(drawn(next)).toEqual([
      { id: 's', text: '“enough.”' },
      { id: 'h', text: 'Hua' },
      { id: 'h', text: 'replied' },
    ]);
  });
});
