import { describe, expect, it } from 'vitest';
import { articleDate } from '../../../src/core/review/articleDate';
import { speakerProfile } from '../../../src/core/review/speakerProfile';
import { article, library, speaker, statement, topic } from './fixtures';

const march = article('march', '2023-03-10');
const june = article('june', undefined, '2023-06-20T10:00:00.000Z');
const january = article('january', '2023-01-05T07:30:00+01:00');
const records = library({
  articles: [march, june, january, article('empty', '2023-02-01')],
  speakers: [speaker('sp', 'Ana Ruiz', { role: 'Senator' }), speaker('quiet', 'Zed'), speaker('other', 'Bo')],
  topics: [topic('t', 'Tariffs'), topic('u', 'Asylum')],
  statements: [
    statement('j2', 'january', 'sp', {
      topicId: 't',
      stance: 'favor',
      quote: { start: 50, end: 51, exact: 'x', prefix: '', suffix: '' },
    }),
    statement('j1', 'january', 'sp', {
      topicId: 't',
      stance: 'favor',
      quote: { start: 10, end: 11, exact: 'x', prefix: '', suffix: '' },
    }),
    statement('m1', 'march', 'sp', { roleAtTime: 'Senator', topicId: 'u' }),
    statement('n1', 'june', 'sp', { roleAtTime: 'Minister of Trade', topicId: 't', stance: 'against' }),
    statement('n2', 'june', 'sp', { roleAtTime: 'Minister of Trade' }),
    statement('p1', 'june', 'sp', { status: 'pending', origin: 'suggested' }),
    statement('o1', 'march', 'other', { topicId: 't', stance: 'favor' }),
  ],
});

describe('articleDate', () => {
  it('takes the ISO day of publishedAt, else of createdAt', () => {
    expect(articleDate(january)).toBe('2023-01-05');
    expect(articleDate(june)).toBe('2023-06-20');
    expect(articleDate(article('x', 'last Tuesday', '2020-02-02T00:00:00.000Z'))).toBe('2020-02-02');
  });
});

describe('speakerProfile', () => {
  const profile = speakerProfile(records, 'sp');

  it('lists confirmed statements by article in publication order, each in text order', () => {
    expect(profile?.statementsByArticle.map((g) => [g.article.id, g.statements.map((s) => s.id)])).toEqual([
      ['january', ['j1', 'j2']],
      ['march', ['m1']],
      ['june', ['n1', 'n2']],
    ]);
  });

  it('follows the roles over time, falling back to the speaker’s role', () => {
    expect(profile?.rolesOverTime).toEqual([
      { role: 'Senator', from: '2023-01-05', to: '2023-03-10', count: 3 },
      { role: 'Minister of Trade', from: '2023-06-20', to: '2023-06-20', count: 2 },
    ]);
  });

  it('counts stances per topic, most statements first', () => {
    expect(profile?.topics.map((t) => [t.topic.id, t.total, t.counts.favor, t.counts.against])).toEqual([
      ['t', 3, 2, 1],
      ['u', 1, 0, 0],
    ]);
  });

  it('is undefined for a speaker not in the records', () => {
    expect(speakerProfile(records, 'gone')).toBeUndefined();
  });
});
