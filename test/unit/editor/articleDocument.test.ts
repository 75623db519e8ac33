import { describe, expect, it } from 'vitest';
import { articleDocument } from '../../../src/editor/positions/articleDocument';
import { articleNode, SAMPLE } from './articleNode';

describe('articleDocument', () => {
  it('makes one paragraph per block, keeping single line breaks as text', () => {
    const doc = articleDocument('One\ntwo\n\nThree');
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One\ntwo' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Three' }] },
      ],
    });
  });

  it('gives an empty text one empty paragraph, as the schema requires', () => {
    expect(articleDocument('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(articleNode('').childCount).toBe(1);
  });

  it('keeps an empty block as an empty paragraph', () => {
    const node = articleNode('a\n\n\n\nb');
    expect(node.childCount).toBe(3);
    expect(node.textBetween(0, node.content.size, '\n\n')).toBe('a\n\n\n\nb');
  });

  it('round-trips the text through the schema', () => {
    const node = articleNode(SAMPLE);
    expect(node.childCount).toBe(3);
    expect(node.textBetween(0, node.content.size, '\n\n')).toBe(SAMPLE);
  });
});
