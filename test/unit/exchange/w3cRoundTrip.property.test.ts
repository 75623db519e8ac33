import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { libraryArb } from '../import/libraryArbitrary';

describe('W3C export and import', () => {
  it('round-trips every statement of random libraries, astral characters included', () => {
    fc.assert(
      fc.property(libraryArb, (records) => {
        const json = JSON.parse(
          JSON.stringify(
            toW3CAnnotations(records, new Date('2026-11-28T12:00:00Z'), { counting: { includePending: true } }),
          ),
        );
        const back = fromW3CAnnotations(json, records);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(back.value.placement).toEqual({ placed: [], unplaced: [] });
        expect(back.value.records.speakers).toEqual([]);
        expect([...back.value.records.statements].sort(byId)).toEqual([...records.statements].sort(byId));
      }),
      { numRuns: 40 },
    );
  });
});
