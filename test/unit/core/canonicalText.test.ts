import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/core/text/canonicalText';
import { textBlocks } from '../../../src/core/text/textBlocks';
import { seedText } from './seedText';

describe('canonicalText', () => {
  it('turns CRLF and CR into LF and separates blocks by exactly one blank line', () => {
    expect(canonicalText('One\r\nline two\r\n\r\n\r\n\r\nTwo\rthree\n \n\t\nFour\n\n')).toBe(
      'One\nline two\n\nTwo\nthree\n\nFour',
    );
  });

  it('composes to NFC so a typed é and a decomposed é are the same text', () => {
    expect(canonicalText('Cafe\u0301')).toBe('Café');
    expect(canonicalText('Cafe\u0301').length).toBe(4);
  });

  it('leaves text inside a block untouched, curly quotes and all', () => {
    const block = '  “The door to Xinjiang is always open.”  Hua said. ';
    expect(canonicalText(block)).toBe(block);
  });

  it('is idempotent on the seed article and keeps each quote an exact substring', () => {
    expect(canonicalText(seedText)).toBe(seedText);
    expect(seedText).toContain('“The door to Xinjiang is always open.');
    expect(seedText).not.toMatch(/\n{3,}/);
  });

  it('splits into blocks whose offsets slice the text back', () => {
    const text = canonicalText('A 😀 b\n\nSecond\nline\n\nThird');
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['A 😀 b', 'Second\nline', 'Third']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(textBlocks('')).toEqual([]);
  });
});
