import { useEffect, useReducer } from 'react';
import { loadView, viewModule, type ViewModules, type ViewName } from './viewLoader';

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
  const { module, error } = viewModule(view);
  useEffect(() => {
    // Also when the code arrived between this render and now (src/main.tsx
    // asks for it before React starts): loadView then resolves at once and
    // this view renders again, with it.
    if (!module && error === undefined) void loadView(view).then(settled);
  }, [view, module, error]);
  return { module, error, retry: () => void loadView(view).then(settled) };
}
