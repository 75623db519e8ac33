import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { StorageGuard } from './ui/common/StorageGuard';
import './ui/app.css';
import './ui/offline/registerServiceWorker';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StorageGuard>
        <App />
      </StorageGuard>
    </StrictMode>,
  );
}
