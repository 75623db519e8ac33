// Dexie finds IndexedDB when it loads: the global must be there first.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Topic } from '../../../src/core/model/topic';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { sharedLiveQuery, warmLiveQuery } from '../../../src/storage/reads/sharedLiveQuery';
import { openTestDatabase } from './testDatabase';

const topic = (id: string, label: string): Topic => ({ id, label });

/** A live query of topic labels that counts how often it really read them. */
function countedLabels(db: QuotemarkDatabase, keepAliveMs?: number) {
  const reads = { count: 0 };
  const query = sharedLiveQuery(
    `${db.name}/labels`,
    async () => {
      reads.count++;
      return (await db.topics.orderBy('label').toArray()).map((t) => t.label);
    },
    keepAliveMs,
  );
  return { query, reads };
}

/** The next value a fresh watcher is told (at once if there is one). */
function nextValue<T>(
  query: { subscribe: (next: (v: T) => void) => { unsubscribe: () => void } },
  skip = 0,
): Promise<T> {
  return new Promise((resolve) => {
    let seen = 0;
    const watch = query.subscribe((value) => {
      if (seen++ < skip) return;
      resolve(value);
      queueMicrotask(() => watch.unsubscribe());
    });
  });
}

describe('sharedLiveQuery', () => {
  it('runs one query for any number of watchers, who all get the same result', async () => {
    const db = openTestDatabase();
    await db.topics.bulkPut([topic('t1', 'Trade'), topic('t2', 'Human rights')]);
    const { query, reads } = countedLabels(db);
    const [a, b] = await Promise.all([nextValue(query), nextValue(query)]);
    expect(a).toEqual(['Human rights', 'Trade']);
    expect(b).toBe(a);
    expect(reads.count).toBe(1);
  });

  it('has the result on hand for a watcher that comes after it was read', async () => {
    const db = openTestDatabase();
    await db.topics.put(topic('t1', 'Trade'));
    const { query, reads } = countedLabels(db);
    warmLiveQuery(query);
    expect(query.hasValue()).toBe(false);
    await expect.poll(() => query.hasValue()).toBe(true);
    // What a component mounting now renders with, without reading again.
    expect(countedLabels(db).query.getValue()).toEqual(['Trade']);
    expect(await nextValue(query)).toEqual(['Trade']);
    expect(reads.count).toBe(1);
  });

  it('tells every watcher about a write', async () => {
    const db = openTestDatabase();
    await db.topics.put(topic('t1', 'Trade'));
    const { query } = countedLabels(db);
    const first = nextValue(query);
    const second = nextValue(query, 1); // its first value, then the one after the write
    expect(await first).toEqual(['Trade']);
    await db.topics.put(topic('t2', 'Climate'));
    expect(await second).toEqual(['Climate', 'Trade']);
    expect(query.getValue()).toEqual(['Climate', 'Trade']);
  });

  it('stops once nobody has watched it for a while, and starts afresh after', async () => {
    const db = openTestDatabase();
    await db.topics.put(topic('t1', 'Trade'));
    const { query, reads } = countedLabels(db, 20);
    let seen = false;
    const watch = query.subscribe(() => (seen = true));
    await vi.waitUntil(() => seen);
    // Only the keep-alive timer is faked, and only while it runs: Dexie and
    // IndexedDB keep their own timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      watch.unsubscribe();
      vi.advanceTimersByTime(19);
      expect(countedLabels(db, 20).query).toBe(query);
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    const again = countedLabels(db, 20);
    expect(again.query).not.toBe(query);
    expect(again.query.hasValue()).toBe(false);
    expect(await nextValue(again.query)).toEqual(['Trade']);
    expect(reads.count + again.reads.count).toBe(2);
  });
});
