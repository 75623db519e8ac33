import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './common/ErrorBoundary';
import { StorageGuard } from './common/StorageGuard';
import { UncaughtErrorAlert } from './common/UncaughtErrorAlert';
import './offline/registerServiceWorker';
import { appDatabase } from '../storage/database/appDatabase';
import { runTeamSync } from '../storage/team/runTeamSync';

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
  // Team projects sync in the background once one is joined (its code loads only then).
  runTeamSync(appDatabase);
}
