import type { Decoration } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { highlightDecorations, type HighlightSpec } from '../../../src/editor/highlightDecorations';
import { offsetToPos } from '../../../src/editor/textPositions';
import { articleNode } from './articleNode';

const TEXT = [
  'Hua called the sanctions “the height of absurdity,” and said more would follow.',
  'Blinken said the measures were “a response to abuses” in Xinjiang.',
].join('\n\n');

function span(id: string, quote: string, color = '#ffe08a'): HighlightSpec {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { id, start, end: start + quote.length, color, label: id };
}

function ids(decorations: readonly Decoration[]): string[] {
  return decorations.map((d) => (d.spec as { id: string }).id).sort();
}

describe('highlightDecorations', () => {
  const doc = articleNode(TEXT);

  it('draws one decoration per statement over exactly its quote', () => {
    const outer = span('outer', '“the height of absurdity,” and said');
    const set = highlightDecorations(doc, [outer]);
    const [deco, ...rest] = set.find();
    expect(rest).toEqual([]);
    expect(deco && doc.textBetween(deco.from, deco.to)).toBe('“the height of absurdity,” and said');
  });

  it('keeps a nested statement as its own decoration with its id', () => {
    const outer = span('outer', '“the height of absurdity,” and said');
    const inner = span('inner', 'absurdity,');
    const set = highlightDecorations(doc, [outer, inner]);
    expect(ids(set.find())).toEqual(['inner', 'outer']);
    const at = offsetToPos(doc, inner.start + 1);
    expect(ids(set.find(at, at))).toEqual(['inner', 'outer']);
  });

  it('keeps crossing overlaps apart', () => {
    const a = span('a', 'called the sanctions “the height');
    const b = span('b', 'sanctions “the height of absurdity');
    const set = highlightDecorations(doc, [a, b]);
    expect(ids(set.find())).toEqual(['a', 'b']);
    expect(ids(set.find(offsetToPos(doc, a.start), offsetToPos(doc, a.start)))).toEqual(['a']);
    expect(ids(set.find(offsetToPos(doc, b.end - 1), offsetToPos(doc, b.end - 1)))).toEqual(['b']);
  });

  it('spans a paragraph break, covering text on both sides', () => {
    const across = span('across', 'would follow.\n\nBlinken said');
    const set = highlightDecorations(doc, [across]);
    const [deco] = set.find();
    expect(deco && doc.textBetween(deco.from, deco.to, '\n\n')).toBe('would follow.\n\nBlinken said');
    expect(set.find(doc.child(0).nodeSize + 1, doc.child(0).nodeSize + 2)).toHaveLength(1);
  });

  it('skips empty and inverted ranges', () => {
    const set = highlightDecorations(doc, [
      { id: 'empty', start: 3, end: 3, color: '#ffe08a', label: '' },
      { id: 'inverted', start: 9, end: 2, color: '#ffe08a', label: '' },
    ]);
    expect(set.find()).toEqual([]);
  });

  it('does not reach into the next paragraph for a quote ending at its break', () => {
    const ending = span('ending', 'would follow.');
    const [deco] = highlightDecorations(doc, [ending]).find();
    expect(deco?.to).toBe(doc.child(0).nodeSize - 1);
  });
});
