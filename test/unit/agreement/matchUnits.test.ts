import { describe, expect, it } from 'vitest';
import { matchedValues } from '../../../src/core/agreement/matchedValues';
import { matchUnits } from '../../../src/core/agreement/matchUnits';
import { nominalAlpha } from '../../../src/core/agreement/nominalAlpha';

interface Quote {
  coder: string;
  start: number;
  end: number;
  speaker?: string;
}
const q = (coder: string, start: number, end: number, speaker?: string): Quote => ({ coder, start, end, speaker });
const spans = (groups: Quote[][]) => groups.map((group) => group.map((u) => `${u.coder}:${u.start}-${u.end}`));

describe('matching the units of several coders', () => {
  it('matches one span marked alike by three coders', () => {
    expect(spans(matchUnits([q('ann', 10, 40), q('bo', 10, 40), q('cy', 10, 40)]))).toEqual([
      ['ann:10-40', 'bo:10-40', 'cy:10-40'],
    ]);
  });

  it('matches spans that overlap, the greatest overlap first', () => {
    // Bo split Ann's quote in two; Ann's is matched with the larger part.
    expect(spans(matchUnits([q('ann', 0, 100), q('bo', 0, 30), q('bo', 40, 100)]))).toEqual([
      ['ann:0-100', 'bo:40-100'],
      ['bo:0-30'],
    ]);
  });

  it('on equal overlap, prefers the closer fit', () => {
    expect(spans(matchUnits([q('ann', 0, 10), q('bo', 0, 20), q('bo', 0, 10)]))).toEqual([
      ['bo:0-20'],
      ['ann:0-10', 'bo:0-10'],
    ]);
  });

  it('matches each unit at most once per coder', () => {
    expect(spans(matchUnits([q('ann', 0, 10), q('bo', 0, 10), q('bo', 0, 10)]))).toEqual([
      ['ann:0-10', 'bo:0-10'],
      ['bo:0-10'],
    ]);
  });

  it('never chains spans that do not meet into one group', () => {
    expect(spans(matchUnits([q('ann', 0, 10), q('bo', 5, 15), q('cy', 12, 20)]))).toEqual([
      ['ann:0-10', 'bo:5-15'],
      ['cy:12-20'],
    ]);
  });

  it('leaves apart spans that only touch, and a coder’s own units (a group keeps the input order)', () => {
    expect(spans(matchUnits([q('ann', 0, 10), q('bo', 10, 20), q('ann', 5, 15)]))).toEqual([
      ['ann:0-10'],
      ['bo:10-20', 'ann:5-15'],
    ]);
    expect(spans(matchUnits([q('ann', 0, 10), q('ann', 0, 10)]))).toEqual([['ann:0-10'], ['ann:0-10']]);
  });

  it('gives the same groups whatever the order of the units', () => {
    const units = [q('ann', 0, 100), q('bo', 0, 30), q('bo', 40, 100), q('cy', 35, 90), q('ann', 120, 140)];
    const sorted = (groups: Quote[][]) => spans(groups).map((group) => group.sort());
    expect(sorted(matchUnits([...units].reverse()))).toEqual(sorted(matchUnits(units)));
    expect(sorted(matchUnits(units))).toEqual([['ann:0-100', 'bo:40-100', 'cy:35-90'], ['bo:0-30'], ['ann:120-140']]);
  });
});

describe('the coding table of matched units', () => {
  it('puts each coder’s value in its column, null where a coder marked nothing', () => {
    const groups = matchUnits([
      q('ann', 0, 40, 'blinken'),
      q('bo', 2, 40, 'blinken'),
      q('ann', 60, 90, 'hua'),
      q('bo', 60, 90, 'treasury'),
      q('bo', 120, 150, 'sasse'),
    ]);
    const table = matchedValues(groups, ['ann', 'bo'], (u) => u.speaker);
    expect(table).toEqual([
      ['blinken', 'blinken'],
      ['hua', 'treasury'],
      [null, 'sasse'],
    ]);
    // Two units paired, one agreeing: α from the coincidence matrix, n = 4 values.
    expect(nominalAlpha(table)).toBeCloseTo(1 - (3 * 2) / (16 - (4 + 1 + 1)), 10);
  });
});
