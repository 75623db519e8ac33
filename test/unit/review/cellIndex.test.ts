import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellIndex } from '../../../src/core/review/CellIndex';

describe('CellIndex', () => {
  it('numbers keys in the order first added, the same as an array or as a Map', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 199 }), { maxLength: 300 }), (keys) => {
        const dense = new CellIndex(200);
        const sparse = new CellIndex(200, 0);
        const expected = new Map<number, number>();
        for (const key of keys) {
          if (!expected.has(key)) expected.set(key, expected.size);
          expect(dense.add(key)).toBe(expected.get(key));
          expect(sparse.add(key)).toBe(expected.get(key));
        }
        for (let key = 0; key < 200; key++) {
          expect(dense.get(key)).toBe(expected.get(key) ?? -1);
          expect(sparse.get(key)).toBe(expected.get(key) ?? -1);
        }
        expect(dense.size).toBe(expected.size);
        expect(sparse.size).toBe(expected.size);
      }),
    );
  });
});
