import { describe, expect, it } from 'vitest';
import { mergedTopic } from '../../../src/core/registry/mergedTopic';
import { registryUsage } from '../../../src/core/registry/registryUsage';
import { withoutSpeaker } from '../../../src/core/registry/withoutSpeaker';
import { withoutTopic } from '../../../src/core/registry/withoutTopic';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { article, speaker, statement, topic } from '../review/fixtures';

const NOW = new Date('2026-05-01T09:00:00Z');

describe('what deleting a speaker or topic leaves of a statement', () => {
  const coded = statement('s1', 'a1', 'sp1', { topicId: 't1', stance: 'against', claim: 'It is a lie', note: 'check' });

  it('a deleted speaker leaves the statement with no speaker and everything else as coded', () => {
    expect(withoutSpeaker(coded, NOW)).toEqual({ ...coded, speakerId: null, updatedAt: NOW.toISOString() });
  });

  it('a deleted topic leaves the statement with no topic but its stance kept, and counted nowhere', () => {
    const left = withoutTopic(coded, NOW);
    expect(left).not.toHaveProperty('topicId');
    expect(left).toMatchObject({
      stance: 'against',
      claim: 'It is a lie',
      speakerId: 'sp1',
      updatedAt: NOW.toISOString(),
    });
    const records = {
      articles: [article('a1')],
      speakers: [speaker('sp1', 'Hua')],
      topics: [topic('t1', 'Sanctions')],
      statements: [left],
    };
    expect(stanceMatrix(records, {}).speakers).toEqual([]);
  });
});

describe('registryUsage', () => {
  it('counts statements and the distinct articles they are in', () => {
    expect(registryUsage([{ articleId: 'a' }, { articleId: 'b' }, { articleId: 'a' }])).toEqual({
      statements: 3,
      articles: 2,
    });
    expect(registryUsage([])).toEqual({ statements: 0, articles: 0 });
  });
});

describe('mergedTopic', () => {
  it('keeps its own label and description, or takes the first description of the others', () => {
    expect(
      mergedTopic({ id: 't', label: 'Kept', description: 'Mine' }, [
        { id: 'o', label: 'Other', description: 'Theirs' },
      ]),
    ).toEqual({
      id: 't',
      label: 'Kept',
      description: 'Mine',
    });
    expect(
      mergedTopic({ id: 't', label: 'Kept' }, [
        { id: 'o', label: 'O' },
        { id: 'p', label: 'P', description: 'Theirs' },
      ]),
    ).toEqual({
      id: 't',
      label: 'Kept',
      description: 'Theirs',
    });
  });
});
