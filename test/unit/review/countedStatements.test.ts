import { describe, expect, it } from 'vitest';
import { countedStatements, statementCounts } from '../../../src/core/review/countedStatements';
import { speakerProfile } from '../../../src/core/review/speakerProfile';
import { emptyTally, tallyStatement } from '../../../src/core/review/articleTally';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { article, speaker, statement, topic } from './fixtures';

describe('which statements count', () => {
  const confirmed = statement('c', 'a1', 'sp', { topicId: 't', stance: 'favor' });
  const pending = statement('p', 'a1', 'sp', {
    topicId: 't',
    stance: 'against',
    status: 'pending',
    origin: 'suggested',
  });
  const records = {
    articles: [article('a1')],
    speakers: [speaker('sp', 'Ada')],
    topics: [topic('t', 'Tariffs')],
    statements: [pending, confirmed],
  };

  it('counts confirmed statements, and pending suggestions only when asked', () => {
    expect(statementCounts(confirmed)).toBe(true);
    expect(statementCounts(pending)).toBe(false);
    expect(statementCounts(pending, { includePending: false })).toBe(false);
    expect(statementCounts(pending, { includePending: true })).toBe(true);
    expect(countedStatements(records.statements)).toEqual([confirmed]);
    expect(countedStatements(records.statements, { includePending: true })).toEqual([pending, confirmed]);
  });

  it('is the rule of the stance matrix, which counts pending suggestions only when asked', () => {
    expect(stanceMatrix(records).cell('sp', 't')?.counts).toMatchObject({ favor: 1, against: 0 });
    expect(stanceMatrix(records, undefined, { includePending: true }).cell('sp', 't')?.counts).toMatchObject({
      favor: 1,
      against: 1,
    });
  });

  it('is the rule of the speaker counts and the speaker page', () => {
    const tally = emptyTally();
    for (const s of records.statements) tallyStatement(tally, s, 1);
    expect([tally.speakers.get('sp'), tally.topics.get('t')]).toEqual([1, 1]);
    expect(speakerProfile(records, 'sp')?.statementsByArticle[0]?.statements.map((s) => s.id)).toEqual(['c']);
  });
});
