import { WebSocketStatus, type HocuspocusProvider } from '@hocuspocus/provider';

/** How long the count of unacknowledged changes may stay unmoved above zero before the document syncs again in full. */
export const STUCK_MS = 5_000;

/**
 * Keep a provider's count of unacknowledged changes honest. Hocuspocus
 * counts updates sent against acknowledgements received, and a server
 * killed between the two leaves the count above zero for good: reconnects
 * do not reset it (hocuspocus#825), so the project would read "syncing"
 * forever though the server holds everything. When the count has stayed
 * above zero and unmoved for `ms`, a full sync (the provider's forceSync: state vectors
 * both ways, the server acknowledging what it received) settles it for
 * real; while the socket is down the next reconnect's sync does the same.
 * Stops when the provider is destroyed, or when the returned function is called.
 */
export function resyncWhenStuck(provider: HocuspocusProvider, ms = STUCK_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (provider.unsyncedChanges === 0) return;
      if (provider.configuration.websocketProvider.status === WebSocketStatus.Connected) provider.forceSync();
      arm();
    }, ms);
  };
  // Any change sent or acknowledged is progress: only a count that has not moved for `ms` is stuck,
  // so a steady stream of edits, each acknowledged in turn, is never interrupted by a full sync.
  const watch = ({ number }: { number: number }): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (number > 0) arm();
  };
  const stop = (): void => {
    provider.off('unsyncedChanges', watch);
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  provider.on('unsyncedChanges', watch);
  // A destroyed provider is not synced again.
  provider.on('destroy', stop);
  return stop;
}
