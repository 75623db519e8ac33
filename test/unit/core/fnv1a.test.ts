import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/core/text/fnv1a';

describe('fnv1a', () => {
  it('is the published FNV-1a (32 bits), so rows placed by it stay where they were put', () => {
    // Test vectors of the FNV reference (draft-eastlake-fnv).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});
