import { describe, expect, it } from 'vitest';
import { nextStatementId } from '../../../src/editor/highlights/nextStatementId';

// Given out of text order on purpose; 'outer' and 'inner' start together.
const HIGHLIGHTS = [
  { id: 'late', start: 50, end: 60 },
  { id: 'inner', start: 10, end: 15 },
  { id: 'outer', start: 10, end: 40 },
  { id: 'early', start: 2, end: 8 },
];

describe('nextStatementId', () => {
  it('steps forward in text order, the longer of two starting together first', () => {
    expect(nextStatementId(HIGHLIGHTS, 'early', 1)).toBe('outer');
    expect(nextStatementId(HIGHLIGHTS, 'outer', 1)).toBe('inner');
    expect(nextStatementId(HIGHLIGHTS, 'inner', 1)).toBe('late');
  });

  it('steps backward', () => {
    expect(nextStatementId(HIGHLIGHTS, 'late', -1)).toBe('inner');
    expect(nextStatementId(HIGHLIGHTS, 'inner', -1)).toBe('outer');
  });

  it('wraps around at both ends', () => {
    expect(nextStatementId(HIGHLIGHTS, 'late', 1)).toBe('early');
    expect(nextStatementId(HIGHLIGHTS, 'early', -1)).toBe('late');
  });

  it('starts at the first or last when nothing (known) is active', () => {
    expect(nextStatementId(HIGHLIGHTS, null, 1)).toBe('early');
    expect(nextStatementId(HIGHLIGHTS, null, -1)).toBe('late');
    expect(nextStatementId(HIGHLIGHTS, 'gone', 1)).toBe('early');
  });

  it('returns null with no statements, and the only one when there is one', () => {
    expect(nextStatementId([], null, 1)).toBeNull();
    expect(nextStatementId([], 'x', -1)).toBeNull();
    expect(nextStatementId([{ id: 'solo', start: 0, end: 1 }], 'solo', 1)).toBe('solo');
  });
});
