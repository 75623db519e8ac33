import type { ReactNode } from 'react';
import { useViewModule } from './useViewModule';
import type { ViewModules, ViewName } from './viewLoader';
import { errorMessage } from '../../core/errorMessage';

type Props<K extends ViewName> = { view: K; children: (module: ViewModules[K]) => ReactNode };

/**
 * A view whose code loads on first visit: "Loading…" until it is there,
 * then the view; if it cannot be loaded (offline before the app was ever
 * cached, say), a message and a way to try again.
 */
export function DeferredView<K extends ViewName>({ view, children }: Props<K>) {
  const { module, error, retry } = useViewModule(view);
  if (module) return children(module);
  if (error !== undefined) {
    return (
      <div role="alert" className="qm-error">
        <p>This page’s code could not be loaded: {errorMessage(error)}. Check the connection and try again.</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return <p aria-busy="true">Loading…</p>;
}
