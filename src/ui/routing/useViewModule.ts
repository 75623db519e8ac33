import { useEffect, useReducer } from 'react';
import { parseRoute } from './parseRoute';
import { viewChunks } from './viewChunks';

/** A view loaded on first visit (see viewChunks). */
export type ViewName = keyof typeof viewChunks;
export type ViewModules = { [K in ViewName]: Awaited<ReturnType<(typeof viewChunks)[K]>> };

const loaded: Partial<ViewModules> = {};
const failed = new Map<ViewName, unknown>();
const loading = new Map<ViewName, Promise<void>>();

/** Start loading a view's code (once at a time); resolves when it is there or has failed. */
export function loadView(view: ViewName): Promise<void> {
  let promise = loading.get(view);
  if (!promise) {
    failed.delete(view);
    promise = viewChunks[view]().then(
      (module) => {
        (loaded as Record<ViewName, unknown>)[view] = module;
      },
      (error: unknown) => {
        failed.set(view, error);
        loading.delete(view); // trying again loads afresh
      },
    );
    loading.set(view, promise);
  }
  return promise;
}

/** Start loading the code of the view a hash URL leads to, if it has code of its own. */
export function loadViewAt(hash: string): void {
  const { view } = parseRoute(hash);
  if (view in viewChunks) void loadView(view as ViewName);
}

/** Where a view's code is: loaded (module), failed (error, and a way to try again), or on its way. */
export interface ViewModuleState<K extends ViewName> {
  module: ViewModules[K] | undefined;
  error: unknown;
  retry: () => void;
}

/**
 * A view's module once its code is loaded. Not React.lazy and Suspense:
 * React 19 holds back a Suspense boundary's content for up to 300 ms after
 * its fallback showed, which every first visit of a view paid in full
 * although the code was on hand within a few milliseconds.
 */
export function useViewModule<K extends ViewName>(view: K): ViewModuleState<K> {
  const [, settled] = useReducer((n: number) => n + 1, 0);
  const module = loaded[view];
  const error = module ? undefined : failed.get(view);
  useEffect(() => {
    if (!loaded[view] && !failed.has(view)) void loadView(view).then(settled);
  }, [view]);
  return { module, error, retry: () => void loadView(view).then(settled) };
}
