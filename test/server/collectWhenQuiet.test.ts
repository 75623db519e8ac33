import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectWhenQuiet } from '../../server/memory/collectWhenQuiet';

const MB = 1024 * 1024;

/** A heap whose size the test sets, and a collector that brings it back to `floor`. */
function fakeHeap(start: number, floor: number) {
  const heap = { size: start, collections: 0 };
  return {
    heap,
    port: {
      gc: () => {
        heap.collections += 1;
        heap.size = floor;
      },
      used: () => heap.size,
    },
  };
}

describe('collectWhenQuiet: the server gives back a burst’s garbage once nobody is sending', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('collects 2 s after the last message when the heap grew by 32 MB, and logs what it freed', () => {
    const { heap, port } = fakeHeap(40 * MB, 40 * MB);
    const events: [string, Record<string, unknown> | undefined][] = [];
    const quiet = collectWhenQuiet((event, fields) => events.push([event, fields]), port);
    heap.size = 200 * MB;
    quiet.busy();
    vi.advanceTimersByTime(1_999);
    expect(heap.collections).toBe(0);
    vi.advanceTimersByTime(1);
    expect(heap.collections).toBe(1);
    expect(events).toContainEqual(['memory.collect', expect.objectContaining({ heapMbBefore: 200, heapMbAfter: 40 })]);
  });

  it('waits while messages keep coming, and leaves a heap that barely grew alone', () => {
    const { heap, port } = fakeHeap(40 * MB, 40 * MB);
    const quiet = collectWhenQuiet(() => undefined, port);
    heap.size = 200 * MB;
    for (let i = 0; i < 10; i++) {
      quiet.busy();
      vi.advanceTimersByTime(1_000);
    }
    expect(heap.collections).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(heap.collections).toBe(1);

    heap.size = 60 * MB; // 20 MB more than after the collection: not worth a pause
    quiet.busy();
    vi.advanceTimersByTime(5_000);
    expect(heap.collections).toBe(1);
    quiet.stop();
  });

  it('does nothing when node was started without --expose-gc', () => {
    const quiet = collectWhenQuiet(() => undefined, { gc: undefined, used: () => 500 * MB });
    quiet.busy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
