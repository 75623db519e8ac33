import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './parseRoute';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The current route, re-rendering when the hash changes. */
export function useHashRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, getHash));
}

/** Go to a hash URL, adding a history entry so Back returns here. */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
