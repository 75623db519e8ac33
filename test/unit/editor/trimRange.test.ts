import { describe, expect, it } from 'vitest';
import { trimRange } from '../../../src/editor/positions/trimRange';

describe('trimRange', () => {
  const text = 'He said “no.” \n\nThen left.';

  it('drops spaces and paragraph breaks at the ends', () => {
    expect(trimRange(text, { start: 2, end: 16 })).toEqual({ start: 3, end: 13 });
  });

  it('keeps a range without outer whitespace as it is', () => {
    expect(trimRange(text, { start: 0, end: 7 })).toEqual({ start: 0, end: 7 });
  });

  it('returns null for whitespace only', () => {
    expect(trimRange(text, { start: 13, end: 16 })).toBeNull();
  });

  it('clamps to the text', () => {
    expect(trimRange('abc', { start: -2, end: 9 })).toEqual({ start: 0, end: 3 });
  });
});
