import { parseRoute } from '../routing/parseRoute';
import { viewChunks } from './viewChunks';

/** A view loaded on first visit (see viewChunks). */
export type ViewName = keyof typeof viewChunks;
export type ViewModules = { [K in ViewName]: Awaited<ReturnType<(typeof viewChunks)[K]>> };

// Free of React on purpose: src/main.tsx calls loadViewAt before the app's
// own code (React included) is even fetched, so both download together.
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

/** A view's module if its code has loaded, else why it failed (undefined while on its way). */
export function viewModule<K extends ViewName>(view: K): { module: ViewModules[K] | undefined; error: unknown } {
  const module = loaded[view];
  return { module, error: module ? undefined : failed.get(view) };
}
