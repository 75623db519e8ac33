import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { StorageGuard } from './common/StorageGuard';
import './offline/registerServiceWorker';

/** Render the app into `root`. */
export function startApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <StorageGuard>
        <App />
      </StorageGuard>
    </StrictMode>,
  );
}
