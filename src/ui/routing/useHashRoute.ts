import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './parseRoute';

/** Asked before the route changes; false keeps the person where they are. */
type LeaveGuard = () => boolean;

let guard: LeaveGuard | null = null;
let acceptedHash = typeof window === 'undefined' ? '' : window.location.hash;
const listeners = new Set<() => void>();

/**
 * A hash change cannot be cancelled, so a refused one is undone by putting
 * the previous hash back (replaceState fires no second hashchange).
 */
function onHashChange() {
  const next = window.location.hash;
  if (next === acceptedHash) return;
  if (guard && !guard()) {
    history.replaceState(history.state, '', acceptedHash || '#/');
    return;
  }
  acceptedHash = next;
  for (const listener of listeners) listener();
}

const subscribe = (onChange: () => void) => {
  if (listeners.size === 0) {
    acceptedHash = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
};
const getHash = () => acceptedHash;

/** The current route, re-rendering when the hash changes. */
export function useHashRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, getHash));
}

/** Go to a hash URL, adding a history entry so Back returns here. */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

/**
 * Ask `confirmLeave` before any route change (and before closing the tab)
 * until the returned function is called. One guard at a time: the view with
 * unsaved work.
 */
export function guardNavigation(confirmLeave: LeaveGuard): () => void {
  const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
  guard = confirmLeave;
  window.addEventListener('beforeunload', beforeUnload);
  return () => {
    if (guard === confirmLeave) guard = null;
    window.removeEventListener('beforeunload', beforeUnload);
  };
}
