import { describe, expect, it } from 'vitest';
import { stanceTimeline } from '../../../src/core/review/stanceTimeline';
import { topicStances } from '../../../src/core/review/topicStances';
import { article, library, speaker, statement, topic } from './fixtures';

const records = library({
  articles: [
    article('a1', '2024-05-02'),
    article('a2', '2024-01-15T09:00:00Z'),
    article('a3', undefined, '2024-03-01T23:00:00.000Z'),
  ],
  speakers: [speaker('ann', 'Ann'), speaker('bob', 'Bob'), speaker('cy', 'Cy'), speaker('di', 'Di')],
  topics: [topic('t', 'Tariffs'), topic('u', 'Other')],
  statements: [
    statement('s1', 'a1', 'ann', { topicId: 't', stance: 'favor' }),
    statement('s2', 'a2', 'ann', { topicId: 't', stance: 'favor' }),
    statement('s3', 'a2', 'ann', { topicId: 't', stance: 'against' }),
    statement('s4', 'a1', 'bob', { topicId: 't', stance: 'against' }),
    statement('s5', 'a3', 'cy', { topicId: 't', stance: 'neutral' }),
    statement('s6', 'a3', 'di', { topicId: 't', stance: 'favor' }),
    statement('s7', 'a3', 'di', { topicId: 't', stance: 'against' }),
    statement('s8', 'a1', 'bob', { topicId: 'u', stance: 'favor' }),
    statement('s9', 'a1', 'cy', { topicId: 't', stance: 'favor', status: 'pending', origin: 'suggested' }),
  ],
});

describe('topicStances', () => {
  it('groups speakers by their dominant stance, statements in reading order', () => {
    const stances = topicStances(records, 't');
    expect(stances.favor.map((e) => [e.speaker.id, e.statements.map((s) => s.id)])).toEqual([
      ['ann', ['s2', 's3', 's1']],
    ]);
    expect(stances.against.map((e) => e.speaker.id)).toEqual(['bob']);
    // Di is tied (mixed), Cy neutral; Di has more statements so comes first.
    expect(stances.other.map((e) => [e.speaker.id, e.dominant])).toEqual([
      ['di', 'mixed'],
      ['cy', 'neutral'],
    ]);
  });

  it('is empty for a topic nobody spoke on', () => {
    expect(topicStances(records, 'none')).toEqual({ favor: [], against: [], other: [] });
  });
});

describe('stanceTimeline', () => {
  it('gives each speaker one point per day, sorted by date, with the mean score', () => {
    const timeline = stanceTimeline(records, 't');
    expect(timeline.map((line) => [line.speaker.id, line.points])).toEqual([
      [
        'ann',
        [
          { date: '2024-01-15', score: 0, count: 2 },
          { date: '2024-05-02', score: 1, count: 1 },
        ],
      ],
      ['bob', [{ date: '2024-05-02', score: -1, count: 1 }]],
      ['cy', [{ date: '2024-03-01', score: 0, count: 1 }]],
      ['di', [{ date: '2024-03-01', score: 0, count: 2 }]],
    ]);
  });
});
