import { getHeapStatistics } from 'node:v8';
import type { ServerLog } from '../observe/serverLog';

/** How long without a message before the server counts as quiet. */
const QUIET_MS = 2_000;
/** Growth of the heap since the last collection that makes one worth its pause. */
const GROWN_BYTES = 32 * 1024 * 1024;

/** The collector and the heap figure it watches: V8's own, unless a test gives others. */
export interface Heap {
  gc: (() => void) | undefined;
  used: () => number;
}

const NODE_HEAP: Heap = {
  gc: (globalThis as { gc?: () => void }).gc,
  used: () => getHeapStatistics().used_heap_size,
};

export interface QuietCollector {
  /** A message, a connection or a load: the server is busy now. */
  busy(): void;
  stop(): void;
}

/**
 * A full garbage collection once the server has been quiet for 2 s after
 * its heap grew by 32 MB. V8 collects the old generation only when it
 * nears a limit that it raises with each burst, and Node gives it no idle
 * time: after a burst (a coder joining loads hundreds of documents and
 * reads their stored updates) the garbage of the burst stays resident
 * until the next burst, however long the server then idles. A pause of
 * tens of milliseconds while nobody is sending costs no one anything.
 * Needs `--expose-gc` (npm run server passes it); without it, does nothing.
 */
export function collectWhenQuiet(log: ServerLog, heap: Heap = NODE_HEAP): QuietCollector {
  const { gc, used } = heap;
  let timer: NodeJS.Timeout | undefined;
  let afterLast = used();
  const collect = () => {
    timer = undefined;
    if (!gc || used() - afterLast < GROWN_BYTES) return;
    const before = used();
    const started = performance.now();
    gc();
    afterLast = used();
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    log('memory.collect', {
      heapMbBefore: mb(before),
      heapMbAfter: mb(afterLast),
      ms: Math.round(performance.now() - started),
    });
  };
  return {
    busy() {
      if (!gc) return;
      clearTimeout(timer);
      timer = setTimeout(collect, QUIET_MS);
      // Never what keeps the process alive.
      timer.unref();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
