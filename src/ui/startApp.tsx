import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './common/ErrorBoundary';
import { StorageGuard } from './common/StorageGuard';
import { UncaughtErrorAlert } from './common/UncaughtErrorAlert';
import './offline/registerServiceWorker';

/** Render the app into `root`. */
export function startApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <StorageGuard>
          <App />
        </StorageGuard>
      </ErrorBoundary>
      <UncaughtErrorAlert />
    </StrictMode>,
  );
}
