import { liveQuery } from 'dexie';

/**
 * A live query that many can watch at once and that can be started before
 * anyone watches: an Observable in the shape dexie-react-hooks' useObservable
 * takes, with the latest result on hand (hasValue/getValue) so a component
 * mounting after it arrived renders with it at once.
 */
export interface SharedLiveQuery<T> {
  subscribe(next?: (value: T) => void, error?: (error: unknown) => void): { unsubscribe: () => void };
  hasValue(): boolean;
  getValue(): T | undefined;
}

/** How long a query nobody watches keeps running (and its result current). */
export const KEEP_ALIVE_MS = 5000;

const running = new Map<string, SharedLiveQuery<unknown>>();

/**
 * The shared live query named `key` (one per distinct query: the key must
 * name everything the querier reads by), started on first use. It runs one
 * Dexie liveQuery however many watch it, so its result stays current with
 * every write, and stops `keepAliveMs` after the last watcher left.
 */
export function sharedLiveQuery<T>(
  key: string,
  querier: () => Promise<T>,
  keepAliveMs = KEEP_ALIVE_MS,
): SharedLiveQuery<T> {
  const existing = running.get(key);
  if (existing) return existing as SharedLiveQuery<T>;
  type Observer = { next?: (value: T) => void; error?: (error: unknown) => void };
  const observers = new Set<Observer>();
  let value: { current: T } | undefined;
  let source: { unsubscribe: () => void } | undefined;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    source?.unsubscribe();
    source = undefined;
    value = undefined;
    if (running.get(key) === shared) running.delete(key);
  };
  const shared: SharedLiveQuery<T> = {
    hasValue: () => value !== undefined,
    getValue: () => value?.current,
    subscribe(next, error) {
      const observer: Observer = { next, error };
      clearTimeout(stopTimer);
      observers.add(observer);
      if (!source) running.set(key, shared as SharedLiveQuery<unknown>);
      source ??= liveQuery(querier).subscribe({
        next: (result) => {
          value = { current: result };
          for (const o of observers) o.next?.(result);
        },
        error: (failure: unknown) => {
          // A failed query is not kept: the next watcher starts afresh.
          stop();
          for (const o of observers) o.error?.(failure);
        },
      });
      if (value) observer.next?.(value.current);
      return {
        unsubscribe: () => {
          if (!observers.delete(observer) || observers.size > 0) return;
          clearTimeout(stopTimer);
          stopTimer = setTimeout(stop, keepAliveMs);
        },
      };
    },
  };
  running.set(key, shared as SharedLiveQuery<unknown>);
  return shared;
}

/** Start a shared live query nobody watches yet, so its result is there when someone does. */
export function warmLiveQuery(query: SharedLiveQuery<unknown>): void {
  query.subscribe().unsubscribe();
}
