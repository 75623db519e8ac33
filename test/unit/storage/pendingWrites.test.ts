import { describe, expect, it, onTestFinished } from 'vitest';
import { pendingWrites, subscribePendingWrites } from '../../../src/storage/database/pendingWrites';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase } from './testDatabase';

/** Every count the listener hears from now on, as the test goes. */
function heardCounts(): number[] {
  const heard: number[] = [];
  onTestFinished(subscribePendingWrites(() => heard.push(pendingWrites())));
  return heard;
}

/** Resolves once no write is pending (at once if none is). */
function noneLeft(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (pendingWrites() !== 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = subscribePendingWrites(check);
    check();
  });
}

describe('pendingWrites', () => {
  it('counts a write while its transaction is open and releases it when it commits', async () => {
    const db = openTestDatabase();
    await db.open();
    expect(pendingWrites()).toBe(0);
    const heard = heardCounts();
    await db.transaction('rw', db.topics, async () => {
      expect(pendingWrites()).toBe(1);
      await db.topics.put({ id: 't1', label: 'Sanctions' });
      // Still open while the transaction has work to do.
      expect(pendingWrites()).toBe(1);
    });
    // The transaction's promise settles once IndexedDB committed.
    expect(pendingWrites()).toBe(0);
    expect(heard).toEqual([1, 0]);
    expect(await db.topics.count()).toBe(1);
  });

  it('counts every write path, a statement save as much as a plain put, and no read', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const heard = heardCounts();
    await db.statements.toArray();
    await db.topics.count();
    expect(heard).toEqual([]);
    await mustSave(db, draftFor(article, HUA_QUOTE));
    expect(heard).toEqual([1, 0]);
    expect(await db.statements.count()).toBe(1);
  });

  it('releases a write whose code throws, once IndexedDB has aborted it', async () => {
    const db = openTestDatabase();
    await db.open();
    const heard = heardCounts();
    const thrown = db.transaction('rw', db.topics, async () => {
      await db.topics.put({ id: 't2', label: 'Trade' });
      expect(pendingWrites()).toBe(1);
      throw new Error('changed my mind');
    });
    await expect(thrown).rejects.toThrow('changed my mind');
    await noneLeft();
    expect(heard).toEqual([1, 0]);
    expect(await db.topics.count()).toBe(0);
  });

  it('releases a write that IndexedDB refuses', async () => {
    const db = openTestDatabase();
    await db.topics.put({ id: 't1', label: 'Sanctions' });
    const heard = heardCounts();
    // The key is taken: the add fails and aborts its transaction.
    await expect(db.topics.add({ id: 't1', label: 'Again' })).rejects.toThrow();
    await noneLeft();
    expect(heard).toEqual([1, 0]);
    expect(await db.topics.toArray()).toEqual([{ id: 't1', label: 'Sanctions' }]);
  });
});
