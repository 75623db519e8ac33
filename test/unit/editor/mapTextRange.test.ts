import type { Node } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../src/editor/positions/docText';
import { mapTextRange } from '../../../src/editor/positions/mapTextRange';
import { offsetToPos } from '../../../src/editor/positions/textPositions';
import { seedText } from '../core/seedText';
import { articleNode, articleSchema } from './articleNode';

/** Apply `change` to the document of `text`; the edit's text and mapRange. */
function edit(text: string, change: (tr: Transform, doc: Node) => void) {
  const doc = articleNode(text);
  const tr = new Transform(doc);
  change(tr, doc);
  return { text: docText(tr.doc).text, mapRange: mapTextRange(doc, tr.mapping, tr.doc) };
}

/** Offsets of the first occurrence of `quote` in `text`. */
function find(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length };
}

/** Delete the canonical-text range [start, end) of `doc`. */
function deleteText(tr: Transform, doc: Node, start: number, end: number): void {
  tr.delete(offsetToPos(doc, start, 1), offsetToPos(doc, end, -1));
}

/** The mapped text of `quote`, or null when it was deleted. */
function mapped(result: ReturnType<typeof edit>, text: string, quote: string): string | null {
  const { start, end } = find(text, quote);
  const range = result.mapRange(start, end);
  return range && result.text.slice(range.start, range.end);
}

const BLINKEN = 'continues to commit genocide and crimes against humanity in Xinjiang.';
const HUA = 'The door to Xinjiang is always open.';
const TWO = 'Hua said “absurd” today.\n\nBlinken said “firm” then.';

describe('mapTextRange', () => {
  it('follows quotes when the scraping noise before them is deleted', () => {
    const noiseStart = seedText.indexOf('BlinkenAntony Blinken') + 'Blinken'.length;
    const noiseEnd = seedText.indexOf('MORE said') + 'MORE'.length;
    const result = edit(seedText, (tr, doc) => deleteText(tr, doc, noiseStart, noiseEnd));
    expect(result.text).toContain('Secretary of State Antony Blinken said in a statement');
    expect(result.text.length).toBe(seedText.length - (noiseEnd - noiseStart));
    expect(mapped(result, seedText, BLINKEN)).toBe(BLINKEN);
    expect(mapped(result, seedText, HUA)).toBe(HUA);
    // A quote before the noise keeps its offsets.
    const before = find(seedText, 'serious human rights abuses');
    expect(result.mapRange(before.start, before.end)).toEqual(before);
  });

  it('gives null for a quote inside a deleted range, or replaced whole', () => {
    const quote = find(TWO, '“absurd”');
    const deleted = edit(TWO, (tr, doc) => deleteText(tr, doc, quote.start - 5, quote.end + 1));
    expect(deleted.text).toBe('Hua today.\n\nBlinken said “firm” then.');
    expect(deleted.mapRange(quote.start, quote.end)).toBeNull();
    expect(mapped(deleted, TWO, '“firm”')).toBe('“firm”');

    const exactly = edit(TWO, (tr, doc) => deleteText(tr, doc, quote.start, quote.end));
    expect(exactly.mapRange(quote.start, quote.end)).toBeNull();

    const replaced = edit(TWO, (tr, doc) =>
      tr.replaceWith(offsetToPos(doc, quote.start, 1), offsetToPos(doc, quote.end, -1), articleSchema.text('“silly”')),
    );
    expect(replaced.text).toContain('“silly”');
    expect(replaced.mapRange(quote.start, quote.end)).toBeNull();
  });

  it('shrinks a quote part of which was deleted', () => {
    const quote = find(TWO, 'said “absurd” today');
    const result = edit(TWO, (tr, doc) => deleteText(tr, doc, quote.start - 4, quote.start + 5));
    expect(mapped(result, TWO, 'said “absurd” today')).toBe('“absurd” today');
    const tail = edit(TWO, (tr, doc) => deleteText(tr, doc, quote.end - 6, quote.end + 1));
    expect(mapped(tail, TWO, 'said “absurd” today')).toBe('said “absurd”');
  });

  it('grows a quote with text typed inside it, and not with text typed at its edges', () => {
    const quote = find(TWO, '“absurd”');
    const inside = edit(TWO, (tr, doc) => tr.insert(offsetToPos(doc, quote.start + 1), articleSchema.text('utterly ')));
    expect(mapped(inside, TWO, '“absurd”')).toBe('“utterly absurd”');
    const edges = edit(TWO, (tr, doc) => {
      tr.insert(offsetToPos(doc, quote.end, -1), articleSchema.text('!'));
      tr.insert(offsetToPos(doc, quote.start, 1), articleSchema.text('¡'));
    });
    expect(edges.text).toContain('¡“absurd”!');
    expect(mapped(edges, TWO, '“absurd”')).toBe('“absurd”');
  });

  it('follows quotes when two paragraphs are merged (Backspace at the start of one)', () => {
    const boundary = articleNode(TWO).child(0).nodeSize;
    const result = edit(TWO, (tr) => tr.join(boundary));
    expect(result.text).toBe('Hua said “absurd” today.Blinken said “firm” then.');
    expect(mapped(result, TWO, '“absurd”')).toBe('“absurd”');
    expect(mapped(result, TWO, '“firm”')).toBe('“firm”');
    expect(mapped(result, TWO, 'today.\n\nBlinken')).toBe('today.Blinken');
  });

  it('follows quotes when a paragraph is split (Enter), also inside a quote', () => {
    const at = find(TWO, ' today').start;
    const result = edit(TWO, (tr, doc) => tr.split(offsetToPos(doc, at)));
    expect(result.text).toBe('Hua said “absurd”\n\n today.\n\nBlinken said “firm” then.');
    expect(mapped(result, TWO, '“firm”')).toBe('“firm”');
    expect(mapped(result, TWO, '“absurd”')).toBe('“absurd”');
    expect(mapped(result, TWO, 'absurd” today')).toBe('absurd”\n\n today');
  });

  it('keeps the text canonical when Enter makes empty paragraphs', () => {
    const endOfFirst = find(TWO, 'today.').end;
    const atEnd = edit(TWO, (tr, doc) => {
      const pos = offsetToPos(doc, endOfFirst, -1);
      tr.split(pos).split(pos + 2);
    });
    expect(atEnd.text).toBe(TWO);
    expect(mapped(atEnd, TWO, '“firm”')).toBe('“firm”');
    expect(mapped(atEnd, TWO, 'today.\n\nBlinken')).toBe('today.\n\nBlinken');

    const mid = find(TWO, ' today').start;
    const inside = edit(TWO, (tr, doc) => {
      const pos = offsetToPos(doc, mid);
      tr.split(pos)
        .split(pos + 2)
        .insert(pos + 2, articleSchema.text('   '));
    });
    expect(inside.text).toBe('Hua said “absurd”\n\n today.\n\nBlinken said “firm” then.');
    expect(mapped(inside, TWO, '“firm”')).toBe('“firm”');
  });

  it('counts astral characters as two code units on both sides', () => {
    const text = 'She 😀 said “we won 🎉 today” 👍🏽.\n\nNext 🎉 one.';
    const quote = find(text, '“we won 🎉 today”');
    // The later deletion first, so the earlier one's offsets still hold.
    const result = edit(text, (tr, doc) => {
      const party = find(text, '🎉');
      deleteText(tr, doc, party.start, party.end);
      const emoji = find(text, '😀 ');
      deleteText(tr, doc, emoji.start, emoji.end);
    });
    expect(result.text).toBe('She said “we won  today” 👍🏽.\n\nNext 🎉 one.');
    expect(result.mapRange(quote.start, quote.end)).toEqual({ start: quote.start - 3, end: quote.end - 5 });
    expect(mapped(result, text, '“we won 🎉 today”')).toBe('“we won  today”');
    expect(mapped(result, text, 'Next 🎉 one.')).toBe('Next 🎉 one.');
  });

  it('gives null for empty or inverted ranges', () => {
    const result = edit(TWO, () => undefined);
    expect(result.mapRange(3, 3)).toBeNull();
    expect(result.mapRange(5, 2)).toBeNull();
    expect(result.mapRange(0, TWO.length)).toEqual({ start: 0, end: TWO.length });
  });
});
