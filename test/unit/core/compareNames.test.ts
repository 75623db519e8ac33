import { describe, expect, it } from 'vitest';
import { toStanceTableCsv } from '../../../src/core/exchange/toStanceTableCsv';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Statement } from '../../../src/core/model/statement';
import type { Topic } from '../../../src/core/model/topic';
import { compareByLabel } from '../../../src/core/review/compareByLabel';
import { compareByName } from '../../../src/core/review/compareByName';
import { compareByTitle } from '../../../src/core/review/compareByTitle';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { findSpeakers } from '../../../src/core/speakers/findSpeakers';
import { compareIds } from '../../../src/core/text/compareIds';
import { compareNames } from '../../../src/core/text/compareNames';
import { listSpeakers, listSpeakerSummaries } from '../../../src/storage/repositories/speakerRepository';
import { listTopics } from '../../../src/storage/repositories/topicRepository';
import { openTestDatabase } from '../storage/testDatabase';

const T = '2026-01-01T10:00:00.000Z';
const speaker = (id: string, name: string): Speaker => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  createdAt: T,
  updatedAt: T,
});

// Given out of order; 'a2' and 'a1' read the same ("Ändrea", "andrea").
const SPEAKERS = [
  speaker('z', 'Zuma'),
  speaker('a2', 'Ändrea'),
  speaker('s10', 'Speaker 10'),
  speaker('d', 'de Klerk'),
  speaker('a1', 'andrea'),
  speaker('s2', 'Speaker 2'),
  speaker('aw', 'Andrew'),
];
const NAME_ORDER = ['andrea', 'Ändrea', 'Andrew', 'de Klerk', 'Speaker 2', 'Speaker 10', 'Zuma'];
const TOPICS: Topic[] = [
  { id: 't3', label: 'Tariffs' },
  { id: 't2', label: 'Élections' },
  { id: 't1', label: 'elections' },
  { id: 't0', label: 'Asylum' },
];
const LABEL_ORDER = ['Asylum', 'elections', 'Élections', 'Tariffs'];

describe('compareNames: one way to order names everywhere', () => {
  it('sorts Ändrea beside Andrea, de Klerk among the Ds and Speaker 2 before Speaker 10', () => {
    expect(compareNames('Ändrea', 'Andrea')).toBe(0);
    expect(compareNames('andrea', 'ANDREA')).toBe(0);
    expect(['Zuma', 'Andrew', 'de Klerk', 'Ändrea', 'Dana'].sort(compareNames)).toEqual([
      'Ändrea',
      'Andrew',
      'Dana',
      'de Klerk',
      'Zuma',
    ]);
    expect(['Speaker 10', 'Speaker 9', 'Speaker 2'].sort(compareNames)).toEqual([
      'Speaker 2',
      'Speaker 9',
      'Speaker 10',
    ]);
  });

  it('breaks a tie of names that read the same by id, by code unit, so every list and file agrees', () => {
    expect(compareIds('a1', 'a2')).toBeLessThan(0);
    expect(compareIds('B', 'a')).toBeLessThan(0);
    expect(compareByName({ id: 'x2', name: 'Émile' }, { id: 'x1', name: 'emile' })).toBeGreaterThan(0);
    expect(compareByLabel({ id: 't1', label: 'elections' }, { id: 't2', label: 'Élections' })).toBeLessThan(0);
    expect(compareByTitle({ id: 'b', title: 'Report' }, { id: 'a', title: 'report' })).toBeGreaterThan(0);
  });

  it('orders the speaker and topic registries, the speaker search and the stance table the same way', async () => {
    const db = openTestDatabase();
    await db.speakers.bulkAdd(SPEAKERS);
    await db.topics.bulkAdd(TOPICS);
    expect((await listSpeakers(db)).map((s) => s.name)).toEqual(NAME_ORDER);
    expect((await listTopics(db)).map((t) => t.label)).toEqual(LABEL_ORDER);
    expect(findSpeakers(SPEAKERS, '').map((m) => m.speaker.name)).toEqual(NAME_ORDER);
    expect((await listSpeakerSummaries(db)).map((r) => r.speaker.name)).toEqual(NAME_ORDER);

    // One statement per speaker × topic, so every row and column is in the table.
    const statements: Statement[] = SPEAKERS.flatMap((s) =>
      TOPICS.map((t) => ({
        id: `${s.id}-${t.id}`,
        articleId: 'a',
        speakerId: s.id,
        topicId: t.id,
        stance: 'favor' as const,
        quote: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
        kind: 'direct' as const,
        tags: [],
        origin: 'manual' as const,
        status: 'confirmed' as const,
        createdAt: T,
        updatedAt: T,
      })),
    );
    const records = { articles: [], speakers: SPEAKERS, topics: TOPICS, statements };
    const rows = toStanceTableCsv(records)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',').slice(0, 2));
    expect(rows).toEqual(NAME_ORDER.flatMap((name) => LABEL_ORDER.map((label) => [name, label])));
    // Every column has as many statements, so the matrix's columns fall back to label order.
    expect(stanceMatrix(records).topics.map((t) => t.label)).toEqual(LABEL_ORDER);
  });
});
