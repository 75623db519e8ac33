import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pendingWrites, subscribePendingWrites } from '../../../src/storage/database/pendingWrites';
import { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { useAskBeforeUnloadWhileWriting } from '../../../src/ui/common/useAskBeforeUnloadWhileWriting';

/** What the browser does on a reload: fire beforeunload; a prevented one makes it ask. */
function reloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useAskBeforeUnloadWhileWriting', () => {
  it('asks before unloading exactly while a write is pending, from the moment it begins', async () => {
    const db = new QuotemarkDatabase(`guard-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
    await db.open();
    const { unmount } = renderHook(() => useAskBeforeUnloadWhileWriting());
    expect(reloadAsks()).toBe(false);
    // Asked at the first moment the count rises, before React could render anything.
    const askedAtStart: boolean[] = [];
    const unsubscribe = subscribePendingWrites(() => {
      if (pendingWrites() > 0) askedAtStart.push(reloadAsks());
    });
    let askedInside = false;
    await db.transaction('rw', db.topics, async () => {
      await db.topics.put({ id: 't1', label: 'Sanctions' });
      askedInside = reloadAsks();
    });
    unsubscribe();
    expect(askedAtStart).toEqual([true]);
    expect(askedInside).toBe(true);
    // Committed: a reload loses nothing, so it does not ask.
    expect(reloadAsks()).toBe(false);
    unmount();
    await db.delete();
  });
});
