import { describe, expect, it } from 'vitest';
import { belowFloors, SUGGEST_FLOORS } from '../../../scripts/suggestFloors';

const floors = { quoteF1: 0.95, speakerAccuracy: 0.85, indirectRecall: 0.8 };

describe('the suggestion evaluation gate', () => {
  it('passes figures at or above every floor', () => {
    expect(belowFloors({ quoteF1: 1, speakerAccuracy: 0.85, indirectRecall: 0.89 }, floors)).toEqual([]);
  });

  it('names each figure under its floor, so npm test fails and says why', () => {
    expect(belowFloors({ quoteF1: 0.9, speakerAccuracy: 0.86, indirectRecall: 0.5 }, floors)).toEqual([
      'quoteF1 0.90 is below its floor 0.95',
      'indirectRecall 0.50 is below its floor 0.80',
    ]);
  });

  it('has floors that can be missed: each above zero, none above a perfect score', () => {
    for (const floor of Object.values(SUGGEST_FLOORS)) {
      expect(floor).toBeGreaterThan(0);
      expect(floor).toBeLessThanOrEqual(1);
    }
  });
});
