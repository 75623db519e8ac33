import { describe, expect, it } from 'vitest';
import { overlapLanes } from '../../../src/core/statements/overlapLanes';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('overlapLanes', () => {
  it('puts statements that do not overlap all in lane 0', () => {
    expect(
      overlapLanes([
        { start: 0, end: 5 },
        { start: 5, end: 9 },
        { start: 20, end: 30 },
      ]),
    ).toEqual([0, 0, 0]);
  });

  it('gives crossing statements different lanes, the earlier one the lower', () => {
    expect(
      overlapLanes([
        { start: 10, end: 30 },
        { start: 0, end: 20 },
      ]),
    ).toEqual([1, 0]);
  });

  it('gives a nested statement a lane below its outer one, whatever order they come in', () => {
    expect(
      overlapLanes([
        { start: 5, end: 8 },
        { start: 0, end: 20 },
      ]),
    ).toEqual([1, 0]);
    // Starting together: the longer is the outer one.
    expect(
      overlapLanes([
        { start: 0, end: 8 },
        { start: 0, end: 20 },
      ]),
    ).toEqual([1, 0]);
  });

  it('reuses a lane once the statement holding it has ended', () => {
    // a [0,10) lane 0, b [5,15) lane 1, c [12,20) lane 0 again (a ended).
    expect(
      overlapLanes([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 12, end: 20 },
      ]),
    ).toEqual([0, 1, 0]);
  });

  it('never gives two statements covering the same character the same lane', () => {
    // Deterministic pseudo-random spans, many overlapping.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const spans = Array.from({ length: 300 }, () => {
      const start = Math.floor(next() * 1000);
      return { start, end: start + 1 + Math.floor(next() * 60) };
    });
    const lanes = overlapLanes(spans);
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        if (overlaps(spans[i]!, spans[j]!)) expect(lanes[i]).not.toBe(lanes[j]);
      }
    }
  });

  it('depends on the spans only: the same spans in another order get the same lanes', () => {
    const spans = [
      { start: 0, end: 20 },
      { start: 3, end: 9 },
      { start: 15, end: 40 },
      { start: 30, end: 35 },
    ];
    const lanes = overlapLanes(spans);
    const reversed = overlapLanes([...spans].reverse());
    expect([...reversed].reverse()).toEqual(lanes);
  });

  it('gives an empty span lane 0 and lets it hold no lane', () => {
    expect(
      overlapLanes([
        { start: 0, end: 10 },
        { start: 4, end: 4 },
        { start: 5, end: 8 },
      ]),
    ).toEqual([0, 0, 1]);
  });
});
