import type { Decoration } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { drawHighlights } from '../../../src/editor/highlights/drawHighlights';
import type { HighlightSpec } from '../../../src/editor/highlights/highlightSpec';
import { offsetToPos } from '../../../src/editor/positions/textPositions';
import { articleNode } from './articleNode';
import { decorationSummary } from './decorationSummary';

const TEXT = [
  'Hua called the sanctions “the height of absurdity,” and said more would follow.',
  'Blinken said the measures were “a response to abuses” in Xinjiang.',
].join('\n\n');

function span(id: string, quote: string, color = '#ffe08a'): HighlightSpec {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { id, start, end: start + quote.length, color, label: id };
}

function at(quote: string): { start: number; end: number } {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length };
}

function ids(decorations: readonly Decoration[]): string[] {
  return decorations.map((d) => (d.spec as { id: string }).id).sort();
}

describe('drawHighlights', () => {
  const doc = articleNode(TEXT);

  it('draws one decoration per statement over exactly its quote', () => {
    const outer = span('outer', '“the height of absurdity,” and said');
    const set = drawHighlights(doc, [outer]).set;
    const [deco, ...rest] = set.find();
    expect(rest).toEqual([]);
    expect(deco && doc.textBetween(deco.from, deco.to)).toBe('“the height of absurdity,” and said');
  });

  it('keeps a nested statement as its own decoration with its id', () => {
    const outer = span('outer', '“the height of absurdity,” and said');
    const inner = span('inner', 'absurdity,');
    const set = drawHighlights(doc, [outer, inner]).set;
    expect(ids(set.find())).toEqual(['inner', 'outer']);
    const at = offsetToPos(doc, inner.start + 1);
    expect(ids(set.find(at, at))).toEqual(['inner', 'outer']);
  });

  it('keeps crossing overlaps apart', () => {
    const a = span('a', 'called the sanctions “the height');
    const b = span('b', 'sanctions “the height of absurdity');
    const set = drawHighlights(doc, [a, b]).set;
    expect(ids(set.find())).toEqual(['a', 'b']);
    expect(ids(set.find(offsetToPos(doc, a.start), offsetToPos(doc, a.start)))).toEqual(['a']);
    expect(ids(set.find(offsetToPos(doc, b.end - 1), offsetToPos(doc, b.end - 1)))).toEqual(['b']);
  });

  it('spans a paragraph break, covering text on both sides', () => {
    const across = span('across', 'would follow.\n\nBlinken said');
    const set = drawHighlights(doc, [across]).set;
    const [deco] = set.find();
    expect(deco && doc.textBetween(deco.from, deco.to, '\n\n')).toBe('would follow.\n\nBlinken said');
    expect(set.find(doc.child(0).nodeSize + 1, doc.child(0).nodeSize + 2)).toHaveLength(1);
  });

  it('skips empty and inverted ranges', () => {
    const set = drawHighlights(doc, [
      { id: 'empty', start: 3, end: 3, color: '#ffe08a', label: '' },
      { id: 'inverted', start: 9, end: 2, color: '#ffe08a', label: '' },
    ]).set;
    expect(set.find()).toEqual([]);
  });

  it('does not reach into the next paragraph for a quote ending at its break', () => {
    const ending = span('ending', 'would follow.');
    const [deco] = drawHighlights(doc, [ending]).set.find();
    expect(deco?.to).toBe(doc.child(0).nodeSize - 1);
  });

  it('draws a cue as its own decoration, keyed to its statement', () => {
    const quote = { ...span('hua', '“the height of absurdity,”'), cue: at('called') };
    const drawn = decorationSummary(drawHighlights(doc, [quote]).set);
    expect(drawn.map((d) => [doc.textBetween(d.from, d.to), d.spec])).toEqual([
      ['called', { id: 'hua', part: 'cue' }],
      ['“the height of absurdity,”', { id: 'hua', part: 'quote' }],
    ]);
    expect(drawn[0]?.attrs).toMatchObject({ nodeName: 'span', 'data-cue-for': 'hua' });
    expect(drawn[0]?.attrs).not.toHaveProperty('data-statement-id');
  });

  it('draws no cue for a statement it cannot draw, nor an empty cue', () => {
    const empty = { id: 'empty', start: 3, end: 3, color: '#ffe08a', label: '', cue: at('called') };
    const emptyCue = { ...span('hua', 'absurdity'), cue: { start: 5, end: 5 } };
    expect(decorationSummary(drawHighlights(doc, [empty, emptyCue]).set).map((d) => d.spec)).toEqual([
      { id: 'hua', part: 'quote' },
    ]);
  });

  it('splits the active statement where its first element ends, which alone says aria-current', () => {
    const outer = span('outer', '“the height of absurdity,” and said');
    const inner = span('inner', 'absurdity,');
    const drawn = decorationSummary(drawHighlights(doc, [outer, inner], 'outer').set).filter(
      (d) => (d.spec as { id: string }).id === 'outer',
    );
    expect(drawn.map((d) => [doc.textBetween(d.from, d.to), d.attrs['aria-current']])).toEqual([
      ['“the height of ', 'true'],
      ['absurdity,” and said', undefined],
    ]);
    expect(drawn.every((d) => d.attrs.class?.includes('qm-highlight--active'))).toBe(true);
  });

  it('ends the first element of the active statement at its own cue or the paragraph end', () => {
    const withCue = { ...span('a', 'Hua called the sanctions'), cue: at('called') };
    const [first] = decorationSummary(drawHighlights(doc, [withCue], 'a').set).filter((d) => d.attrs['aria-current']);
    expect(first && doc.textBetween(first.from, first.to)).toBe('Hua ');
    const across = span('across', 'more would follow.\n\nBlinken');
    const [firstAcross] = decorationSummary(drawHighlights(doc, [across], 'across').set).filter(
      (d) => d.attrs['aria-current'],
    );
    expect(firstAcross && doc.textBetween(firstAcross.from, firstAcross.to, '|')).toBe('more would follow.');
  });

  it('puts aria-current on text when the active statement starts at a paragraph break', () => {
    const fromBreak = span('break', '\n\nBlinken said the measures');
    const blinken = span('blinken', 'Blinken said');
    const [first] = decorationSummary(drawHighlights(doc, [fromBreak, blinken], 'break').set).filter(
      (d) => d.attrs['aria-current'],
    );
    expect(first && doc.textBetween(first.from, first.to, '|')).toBe('|Blinken said');
  });
});
