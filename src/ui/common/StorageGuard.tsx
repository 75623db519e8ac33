import type { ReactNode } from 'react';
import { storageFailureMessage } from './storageFailureMessage';
import { useDatabaseCondition } from './useDatabaseCondition';

/**
 * The app, with a banner when the library cannot be used: the browser has no
 * IndexedDB or refuses it (only the banner then: every view would fail),
 * another tab holds an older version open (the app waits and carries on by
 * itself), or another tab upgraded the library (reload to continue; the page
 * stays so unsaved typing can be copied).
 */
export function StorageGuard({ children }: { children: ReactNode }) {
  const condition = useDatabaseCondition();
  if (condition.state === 'opening' || condition.state === 'ready') return children;
  const banner = (
    <div role="alert" className="qm-error qm-storage-alert">
      <p>{condition.state === 'failed' ? storageFailureMessage(condition.failure, 'open') : condition.message}</p>
      {condition.state !== 'blocked' && (
        <button type="button" onClick={() => window.location.reload()}>
          Reload page
        </button>
      )}
    </div>
  );
  if (condition.state === 'failed') {
    return (
      <main className="qm-main">
        <h1>Quotemark cannot open your library</h1>
        {banner}
      </main>
    );
  }
  return (
    <>
      {banner}
      {children}
    </>
  );
}
