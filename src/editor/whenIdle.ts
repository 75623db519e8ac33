// Safari has no requestIdleCallback: a zero timeout still yields to input and paint.

/** Run `run` when the browser is idle; returns the handle for cancelIdle. */
export const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : (setTimeout(run, 0) as unknown as number);

/** Cancel what whenIdle scheduled. */
export const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);
