import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANCES, STATEMENT_KINDS } from '../../../src/core/model/statement';
import { orderByAgreement } from '../../../src/core/review/orderByAgreement';
import { dominantStance } from '../../../src/core/review/stanceCounts';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { article, library, speaker, statement, topic } from './fixtures';
import { plainMatrix, referenceDominant, referenceOrder, referenceStanceMatrix } from './referenceStanceMatrix';

// Small ranges on purpose: few speakers, topics and stances make equal
// names, equal counts and tied agreement scores common, which is where a
// faster walk could drift from the plain one.
const records = fc
  .record({
    speakers: fc.integer({ min: 0, max: 14 }),
    topics: fc.integer({ min: 1, max: 6 }),
    statements: fc.array(
      fc.record({
        speaker: fc.integer({ min: 0, max: 15 }),
        topic: fc.integer({ min: 0, max: 6 }),
        article: fc.integer({ min: 0, max: 3 }),
        stance: fc.option(fc.constantFrom(...STANCES), { nil: undefined }),
        kind: fc.constantFrom(...STATEMENT_KINDS),
        pending: fc.boolean(),
        start: fc.integer({ min: 0, max: 50 }),
      }),
      { maxLength: 80 },
    ),
  })
  .map((shape) =>
    library({
      articles: [
        article('a0', '2024-01-02'),
        article('a1', '2024-01-01'),
        article('a2', undefined, '2024-01-01T09:00:00.000Z'),
      ],
      // Names repeat ("Speaker 0", "speaker 1"…) so name order needs the id to break ties.
      speakers: Array.from({ length: shape.speakers }, (_, i) =>
        speaker(`sp${i}`, i % 2 ? `speaker ${i % 4}` : `Speaker ${i % 4}`, { kind: i % 3 ? 'person' : 'organization' }),
      ),
      topics: Array.from({ length: shape.topics }, (_, i) => topic(`t${i}`, `Topic ${i % 3}`)),
      statements: shape.statements.map((s, i) => ({
        ...statement(`s${i}`, `a${s.article}`, `sp${s.speaker}`, {
          topicId: `t${s.topic}`,
          stance: s.stance,
          kind: s.kind,
          status: s.pending ? 'pending' : 'confirmed',
        }),
        quote: { start: s.start, end: s.start + 3, exact: 'xyz', prefix: '', suffix: '' },
      })),
    }),
  );

describe('stanceMatrix at scale', () => {
  it('is exactly the plain definition: same rows, columns, cells, reading order and ties', () => {
    fc.assert(
      fc.property(records, (library) => {
        expect(plainMatrix(stanceMatrix(library))).toEqual(referenceStanceMatrix(library));
        expect(plainMatrix(stanceMatrix(library, { kinds: ['direct'], speakerKinds: ['person'] }))).toEqual(
          referenceStanceMatrix(library, { kinds: ['direct'], speakerKinds: ['person'] }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('orders speakers as the pairwise greedy walk does, ties and all', () => {
    const profile = fc.record({
      id: fc.integer({ min: 0, max: 30 }),
      name: fc.constantFrom('Ann', 'ann', 'Bea', 'Émile', 'Zoe'),
      count: fc.integer({ min: 1, max: 3 }),
      scores: fc.array(fc.tuple(fc.constantFrom('t1', 't2', 't3', 't4'), fc.constantFrom(-1, -0.5, 0, 1 / 3, 0.5, 1)), {
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(profile, { selector: (p) => p.id, maxLength: 25 }), (raw) => {
        const profiles = raw.map((p) => ({
          speaker: speaker(`sp${p.id}`, p.name),
          scores: new Map(p.scores),
          statementCount: p.count,
        }));
        expect(orderByAgreement(profiles).map((s) => s.id)).toEqual(referenceOrder(profiles).map((s) => s.id));
      }),
      { numRuns: 500 },
    );
  });

  it('leans the same way as max-then-filter for any counts', () => {
    const count = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.record({ favor: count, against: count, neutral: count, mixed: count, unclear: count }),
        (counts) => {
          expect(dominantStance(counts)).toBe(referenceDominant(counts));
        },
      ),
    );
  });

  it('handles 20,000 statements, 500 speakers and 200 topics as the plain definition does', () => {
    // mulberry32: a small seeded generator, so the library is the same every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
    const big = library({
      articles: Array.from({ length: 200 }, (_, i) => article(`a${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`)),
      speakers: Array.from({ length: 500 }, (_, i) => speaker(`sp${i}`, `Speaker ${i}`)),
      topics: Array.from({ length: 200 }, (_, i) => topic(`t${i}`, `Topic ${i}`)),
      statements: Array.from({ length: 20_000 }, (_, i) =>
        statement(`s${i}`, `a${next(200)}`, `sp${next(500)}`, {
          topicId: `t${next(200)}`,
          stance: STANCES[next(STANCES.length)],
        }),
      ),
    });
    const matrix = stanceMatrix(big);
    expect(matrix.speakers).toHaveLength(500);
    expect(matrix.topics).toHaveLength(200);
    expect(plainMatrix(matrix)).toEqual(referenceStanceMatrix(big));
  });
});
