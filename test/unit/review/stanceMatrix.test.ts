import { describe, expect, it } from 'vitest';
import { agreement } from '../../../src/core/review/orderByAgreement';
import { dominantStance, emptyStanceCounts } from '../../../src/core/review/stanceCounts';
import { matrixCells, stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { plainMatrix } from './referenceStanceMatrix';
import { article, library, speaker, statement, topic } from './fixtures';

// Two camps on two topics: Ann and Bea favour, Cal and Dan oppose. Names are
// chosen so that alphabetical order would interleave the camps.
const records = library({
  articles: [
    article('a1', '2024-01-10'),
    article('a2', undefined, '2024-03-05T12:00:00.000Z'),
    article('a3', '2024-06-01T08:00:00Z'),
  ],
  speakers: [
    speaker('ann', 'Ann'),
    speaker('cal', 'Cal', { kind: 'organization' }),
    speaker('bea', 'Bea'),
    speaker('dan', 'Dan'),
  ],
  topics: [topic('t1', 'Tariffs'), topic('t2', 'Asylum'), topic('t3', 'Unused')],
  statements: [
    statement('s1', 'a1', 'ann', { topicId: 't1', stance: 'favor' }),
    statement('s2', 'a1', 'ann', { topicId: 't1', stance: 'favor' }),
    statement('s3', 'a2', 'ann', { topicId: 't2', stance: 'favor' }),
    statement('s4', 'a2', 'ann', { topicId: 't1', stance: 'against' }),
    statement('s5', 'a1', 'cal', { topicId: 't1', stance: 'against' }),
    statement('s6', 'a2', 'cal', { topicId: 't2', stance: 'against', kind: 'indirect' }),
    statement('s7', 'a3', 'bea', { topicId: 't1', stance: 'favor' }),
    statement('s8', 'a3', 'bea', { topicId: 't2', stance: 'neutral' }),
    statement('s9', 'a3', 'dan', { topicId: 't1', stance: 'against' }),
    statement('s10', 'a3', 'dan', { topicId: 't2', stance: 'against' }),
    // Not counted: pending, no stance, no topic, no speaker.
    statement('x1', 'a1', 'bea', { topicId: 't1', stance: 'against', status: 'pending', origin: 'suggested' }),
    statement('x2', 'a1', 'bea', { topicId: 't1' }),
    statement('x3', 'a1', 'bea', { stance: 'favor' }),
    statement('x4', 'a1', null, { topicId: 't3', stance: 'favor' }),
  ],
});

describe('dominantStance', () => {
  it('is the stance most statements take, mixed on a tie, none without statements', () => {
    expect(dominantStance({ ...emptyStanceCounts(), favor: 2, against: 1 })).toBe('favor');
    expect(dominantStance({ ...emptyStanceCounts(), favor: 1, against: 1 })).toBe('mixed');
    expect(dominantStance(emptyStanceCounts())).toBe('none');
  });
});

describe('agreement', () => {
  it('is 1 for the same view, -1 for opposite views, 0 with no shared topic', () => {
    expect(agreement(new Map([['t', 1]]), new Map([['t', 1]]))).toBe(1);
    expect(agreement(new Map([['t', 1]]), new Map([['t', -1]]))).toBe(-1);
    expect(agreement(new Map([['t', 1]]), new Map([['u', 1]]))).toBe(0);
  });
});

describe('stanceMatrix', () => {
  const matrix = stanceMatrix(records);

  it('counts only confirmed statements with a speaker, a topic and a stance', () => {
    expect(matrix.cell('ann', 't1')).toEqual({
      counts: { favor: 2, against: 1, neutral: 0, mixed: 0, unclear: 0 },
      total: 3,
      statementIds: ['s1', 's2', 's4'],
      dominant: 'favor',
    });
    expect(matrix.cell('bea', 't1')).toMatchObject({ total: 1, statementIds: ['s7'], dominant: 'favor' });
    expect(matrix.cell('bea', 't2')).toMatchObject({ total: 1, dominant: 'neutral' });
    expect(Object.keys(matrixCells(matrix))).toHaveLength(8);
  });

  it('orders topics by statement count, then label, leaving out topics without any', () => {
    expect(matrix.topics.map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('puts speakers who agree next to each other, starting with the most prolific', () => {
    expect(matrix.speakers.map((s) => s.id)).toEqual(['ann', 'bea', 'cal', 'dan']);
  });

  it('is the same whatever order the records come in', () => {
    const shuffled = {
      ...records,
      speakers: [...records.speakers].reverse(),
      statements: [...records.statements].reverse(),
    };
    expect(plainMatrix(stanceMatrix(shuffled))).toEqual(plainMatrix(matrix));
  });

  it('filters by article, date, statement kind and speaker kind', () => {
    const ids = (filters: Parameters<typeof stanceMatrix>[1]) =>
      Object.values(matrixCells(stanceMatrix(records, filters)))
        .flatMap((c) => c.statementIds)
        .sort();
    expect(ids({ articleIds: ['a1'] })).toEqual(['s1', 's2', 's5']);
    // a2 has no publishedAt: its createdAt day (2024-03-05) counts.
    expect(ids({ from: '2024-03-05', to: '2024-03-05' })).toEqual(['s3', 's4', 's6']);
    expect(ids({ from: '2024-06-01T00:00:00Z' })).toEqual(['s10', 's7', 's8', 's9']);
    expect(ids({ kinds: ['indirect'] })).toEqual(['s6']);
    expect(ids({ speakerKinds: ['organization'] })).toEqual(['s5', 's6']);
    expect(stanceMatrix(records, { speakerKinds: ['organization'] }).speakers.map((s) => s.id)).toEqual(['cal']);
  });

  it('is empty for an empty library', () => {
    expect(plainMatrix(stanceMatrix(library({})))).toEqual({ speakers: [], topics: [], cells: {} });
  });
});
