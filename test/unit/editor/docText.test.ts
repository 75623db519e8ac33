import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/core/text/canonicalText';
import { docText } from '../../../src/editor/positions/docText';
import { offsetToPos, posToOffset } from '../../../src/editor/positions/textPositions';
import { articleNode, articleSchema, SAMPLE } from './articleNode';

/** A document with one paragraph per string, empty ones included. */
function docOf(paragraphs: string[]): Node {
  return Node.fromJSON(articleSchema, {
    type: 'doc',
    content: paragraphs.map((p) =>
      p === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: p }] },
    ),
  });
}

/** Content start position of paragraph `i`. */
function contentStart(doc: Node, i: number): number {
  let pos = 0;
  for (let k = 0; k < i; k++) pos += doc.child(k).nodeSize;
  return pos + 1;
}

/** A small deterministic PRNG, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('docText', () => {
  it('agrees with textPositions on a document built from canonical text', () => {
    const doc = articleNode(SAMPLE);
    const text = docText(doc);
    expect(text.text).toBe(SAMPLE);
    for (let offset = 0; offset <= SAMPLE.length; offset++) {
      for (const bias of [-1, 1] as const) expect(text.offsetToPos(offset, bias)).toBe(offsetToPos(doc, offset, bias));
    }
    for (let pos = 0; pos <= doc.content.size; pos++) {
      for (const bias of [-1, 1] as const) expect(text.posToOffset(pos, bias)).toBe(posToOffset(doc, pos, bias));
    }
  });

  it('leaves out empty and whitespace-only paragraphs and leans positions in them by bias', () => {
    const doc = docOf(['One', '', ' \t ', 'Two']);
    const text = docText(doc);
    expect(text.text).toBe('One\n\nTwo');
    const inEmpty = contentStart(doc, 1);
    expect(text.posToOffset(inEmpty, -1)).toBe(3);
    expect(text.posToOffset(inEmpty, 1)).toBe(5);
    expect(text.offsetToPos(5, 1)).toBe(contentStart(doc, 3));
    expect(text.offsetToPos(4, -1)).toBe(contentStart(doc, 0) + 3);
  });

  it('drops blank lines inside and at the ends of a paragraph, as canonicalText does', () => {
    const doc = docOf(['\nOne\n \nTwo\n', 'Three']);
    const text = docText(doc);
    expect(text.text).toBe('One\n\nTwo\n\nThree');
    expect(text.offsetToPos(0, 1)).toBe(contentStart(doc, 0) + 1);
    expect(text.offsetToPos(5, 1)).toBe(contentStart(doc, 0) + 7);
    expect(text.posToOffset(contentStart(doc, 0) + 7, 1)).toBe(5);
  });

  it('composes to NFC and counts offsets in composed characters', () => {
    const doc = docOf(['Cafe\u0301 au lait']);
    const text = docText(doc);
    expect(text.text).toBe('Café au lait');
    const afterAccent = contentStart(doc, 0) + 5;
    expect(text.posToOffset(afterAccent, 1)).toBe(4);
    expect(text.offsetToPos(4, 1)).toBe(afterAccent);
    expect(text.offsetToPos(3, 1)).toBe(contentStart(doc, 0) + 3);
  });

  it('gives an empty document an empty text', () => {
    const text = docText(docOf(['']));
    expect(text.text).toBe('');
    expect(text.offsetToPos(0, 1)).toBe(1);
    expect(text.posToOffset(1, -1)).toBe(0);
  });

  it('always yields canonical text, and positions that round-trip (random documents)', () => {
    const next = random(42);
    const pieces = ['a', 'b', ' ', '\n', '\n', '\t', '\u00a0', '😀', 'e\u0301', '\u2003', '“'];
    for (let round = 0; round < 300; round++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
      );
      const doc = docOf(paragraphs);
      const text = docText(doc);
      expect(text.text, JSON.stringify(paragraphs)).toBe(canonicalText(paragraphs.join('\n\n')));
      for (let offset = 0; offset <= text.text.length; offset++) {
        // Offsets inside a separator have no position of their own.
        if (text.text.slice(offset - 1, offset + 1) === '\n\n' && offset > 0) continue;
        for (const bias of [-1, 1] as const) {
          expect(text.posToOffset(text.offsetToPos(offset, bias), bias), JSON.stringify(paragraphs)).toBe(offset);
        }
      }
    }
  });
});
