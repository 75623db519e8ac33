import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/core/text/textBlocks';
import { offsetToPos, posToOffset } from '../../../src/editor/positions/textPositions';
import { articleNode, SAMPLE } from './articleNode';

/** Offsets strictly inside a '\n\n' separator, which no position stands for. */
function separatorInteriors(text: string): Set<number> {
  const inside = new Set<number>();
  for (const block of textBlocks(text).slice(0, -1)) inside.add(block.end + 1);
  return inside;
}

describe('offsetToPos / posToOffset', () => {
  const doc = articleNode(SAMPLE);
  const inside = separatorInteriors(SAMPLE);
  const offsets = Array.from({ length: SAMPLE.length + 1 }, (_, i) => i).filter((o) => !inside.has(o));

  it('round-trips every offset outside a separator, whatever the bias', () => {
    for (const offset of offsets) {
      expect(posToOffset(doc, offsetToPos(doc, offset, 1), 1)).toBe(offset);
      expect(posToOffset(doc, offsetToPos(doc, offset, -1), -1)).toBe(offset);
    }
  });

  it('maps every range to the same text the canonical text holds', () => {
    for (const a of offsets) {
      for (const b of offsets) {
        if (b < a) continue;
        const text = doc.textBetween(offsetToPos(doc, a, 1), offsetToPos(doc, b, -1), '\n\n');
        expect(text).toBe(SAMPLE.slice(a, b));
      }
    }
  });

  it('puts the first character of each block right after its paragraph opens', () => {
    let pos = 0;
    for (const [i, block] of textBlocks(SAMPLE).entries()) {
      expect(offsetToPos(doc, block.start)).toBe(pos + 1);
      expect(doc.textBetween(pos + 1, pos + 2)).toBe(block.text.charAt(0));
      pos += doc.child(i).nodeSize;
    }
  });

  it('sends an offset inside a separator to the boundary its bias leans to', () => {
    const [first, second] = textBlocks(SAMPLE);
    if (!first || !second) throw new Error('sample has blocks');
    const middle = first.end + 1;
    expect(posToOffset(doc, offsetToPos(doc, middle, -1))).toBe(first.end);
    expect(posToOffset(doc, offsetToPos(doc, middle, 1))).toBe(second.start);
  });

  it('maps a position between paragraphs to the block boundary', () => {
    const [first, second] = textBlocks(SAMPLE);
    if (!first || !second) throw new Error('sample has blocks');
    const between = doc.child(0).nodeSize;
    expect(posToOffset(doc, between, -1)).toBe(first.end);
    expect(posToOffset(doc, between, 1)).toBe(second.start);
    expect(posToOffset(doc, 0)).toBe(0);
    expect(posToOffset(doc, doc.content.size, -1)).toBe(SAMPLE.length);
  });

  it('round-trips every position inside a paragraph', () => {
    doc.forEach((block, nodePos) => {
      for (let pos = nodePos + 1; pos <= nodePos + 1 + block.content.size; pos++) {
        expect(offsetToPos(doc, posToOffset(doc, pos))).toBe(pos);
      }
    });
  });

  it('clamps out-of-range values', () => {
    expect(offsetToPos(doc, -5)).toBe(1);
    expect(offsetToPos(doc, SAMPLE.length + 10)).toBe(doc.content.size - 1);
    expect(posToOffset(doc, -3)).toBe(0);
    expect(posToOffset(doc, doc.content.size + 10)).toBe(SAMPLE.length);
  });

  it('handles the empty article', () => {
    const empty = articleNode('');
    expect(offsetToPos(empty, 0)).toBe(1);
    expect(posToOffset(empty, 1)).toBe(0);
    expect(posToOffset(empty, 0)).toBe(0);
  });

  it('finds the right paragraph in a long document, empty paragraphs included', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) =>
      i % 13 === 5 ? '' : `Paragraph ${i} 😀 ${'x'.repeat(i % 7)}`,
    );
    const text = paragraphs.join('\n\n');
    const long = articleNode(text);
    expect(long.childCount).toBe(60);
    const separators = separatorInteriors(text);
    let nodePos = 0;
    long.forEach((block) => {
      for (let pos = nodePos + 1; pos <= nodePos + 1 + block.content.size; pos++) {
        const offset = posToOffset(long, pos, 1);
        if (block.content.size === 0) continue; // an empty block shares its offset with the break
        expect(offsetToPos(long, offset, 1)).toBe(pos);
      }
      nodePos += block.nodeSize;
    });
    for (let offset = 0; offset <= text.length; offset++) {
      if (separators.has(offset)) continue;
      for (const bias of [-1, 1] as const)
        expect(posToOffset(long, offsetToPos(long, offset, bias), bias)).toBe(offset);
    }
  });
});
