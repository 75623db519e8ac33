import { describe, expect, it } from 'vitest';
import { pngScale } from '../../../src/ui/charts/saveChart';
import { windowSegments, withPinned } from '../../../src/ui/stances/windowSegments';

const rows = (indexes: number[], size = 10, from = 5) =>
  indexes.map((index) => ({ index, start: from + index * size, end: from + (index + 1) * size }));

describe('windowSegments', () => {
  it('puts blanks before, between and after the rendered items, leaving out empty ones', () => {
    expect(windowSegments(rows([3, 4, 9]), 5, 105)).toEqual([
      { kind: 'gap', key: 'gap-3', size: 30 },
      { kind: 'item', index: 3 },
      { kind: 'item', index: 4 },
      { kind: 'gap', key: 'gap-9', size: 40 },
      { kind: 'item', index: 9 },
    ]);
    expect(windowSegments(rows([0, 1]), 5, 105)).toEqual([
      { kind: 'item', index: 0 },
      { kind: 'item', index: 1 },
      { kind: 'gap', key: 'gap-end', size: 80 },
    ]);
    expect(windowSegments([], 5, 105)).toEqual([{ kind: 'gap', key: 'gap-end', size: 100 }]);
  });
});

describe('withPinned', () => {
  it('keeps the pinned index in the range, in order, once', () => {
    expect(withPinned([4, 5, 6], 40, 100)).toEqual([4, 5, 6, 40]);
    expect(withPinned([4, 5, 6], 1, 100)).toEqual([1, 4, 5, 6]);
    expect(withPinned([4, 5, 6], 5, 100)).toEqual([4, 5, 6]);
    expect(withPinned([4, 5, 6], 100, 100)).toEqual([4, 5, 6]);
  });
});

describe('pngScale', () => {
  it('is the asked scale for ordinary charts, and shrinks a chart too large for a canvas', () => {
    expect(pngScale(680, 300, 2)).toBe(2);
    // The whole 500 × 200 stance matrix as drawn: 24,200 × 17,170 px.
    const scale = pngScale(24_200, 17_170, 2);
    expect(24_200 * scale).toBeLessThanOrEqual(16_384);
    expect(24_200 * scale * 17_170 * scale).toBeLessThanOrEqual(120_000_001);
    expect(scale).toBeGreaterThan(0.3);
  });
});
