import { describe, expect, it } from 'vitest';
import { listTopics } from '../../../src/storage/repositories/topicRepository';
import { openTestDatabase } from './testDatabase';

describe('listTopics', () => {
  it('sorts by label ignoring case and accents', async () => {
    const db = openTestDatabase();
    await db.topics.bulkAdd([
      { id: '1', label: 'sanctions on Chinese officials over Xinjiang' },
      { id: '2', label: 'China commits genocide in Xinjiang' },
      { id: '3', label: 'Économie' },
    ]);
    expect((await listTopics(db)).map((t) => t.id)).toEqual(['2', '3', '1']);
  });

  it('is empty for an empty library', async () => {
    expect(await listTopics(openTestDatabase())).toEqual([]);
  });
});
