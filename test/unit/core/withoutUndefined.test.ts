import { describe, expect, it } from 'vitest';
import { withoutUndefined } from '../../../src/core/model/withoutUndefined';

describe('withoutUndefined', () => {
  it('drops the keys that hold undefined and keeps every other value, leaving the input as it was', () => {
    const draft = { claim: undefined, note: '', speakerId: null, tags: [], start: 0, pending: false };
    expect(withoutUndefined(draft)).toStrictEqual({ note: '', speakerId: null, tags: [], start: 0, pending: false });
    expect('claim' in withoutUndefined(draft)).toBe(false);
    expect('claim' in draft).toBe(true);
  });
});
