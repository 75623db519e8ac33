import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointsToUtf16, utf16ToCodePoints } from '../../../src/core/exchange/codePointOffsets';

describe('code point offsets', () => {
  const text = 'a😀b𝄞c';

  it('counts an astral character as one code point', () => {
    expect(utf16ToCodePoints(text, 0)).toBe(0);
    expect(utf16ToCodePoints(text, 1)).toBe(1);
    expect(utf16ToCodePoints(text, 3)).toBe(2);
    expect(utf16ToCodePoints(text, 4)).toBe(3);
    expect(utf16ToCodePoints(text, text.length)).toBe([...text].length);
  });

  it('maps code points back to UTF-16 offsets', () => {
    expect(codePointsToUtf16(text, 2)).toBe(3);
    expect(codePointsToUtf16(text, 4)).toBe(6);
    expect(codePointsToUtf16(text, 5)).toBe(text.length);
  });

  it('refuses positions outside the text', () => {
    expect(codePointsToUtf16(text, 6)).toBeNull();
    expect(codePointsToUtf16(text, -1)).toBeNull();
    expect(codePointsToUtf16(text, 1.5)).toBeNull();
  });

  it('round-trips every offset on a code point boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        let offset = 0;
        for (const ch of [...s, '']) {
          expect(codePointsToUtf16(s, utf16ToCodePoints(s, offset))).toBe(offset);
          offset += ch.length;
        }
      }),
    );
  });
});
