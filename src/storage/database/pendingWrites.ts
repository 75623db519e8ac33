/**
 * How many read-write transactions of this page are open: begun and not
 * yet committed or aborted. A page unloaded meanwhile loses them (the
 * browser aborts them), so the UI asks before unloading while any is open.
 * One count for the whole page, fed by pendingWritesMiddleware on every
 * database, so no write path can leave itself out.
 */
let open = 0;
const listeners = new Set<() => void>();

/** The writes begun and not yet committed or aborted. */
export function pendingWrites(): number {
  return open;
}

/** Called (synchronously) each time the count changes; returns the unsubscribe. */
export function subscribePendingWrites(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Count one write from now until `release` is called; a second call does nothing. */
export function holdPendingWrite(): () => void {
  let held = true;
  change(1);
  return () => {
    if (!held) return;
    held = false;
    change(-1);
  };
}

function change(by: number): void {
  open += by;
  for (const listener of [...listeners]) listener();
}
