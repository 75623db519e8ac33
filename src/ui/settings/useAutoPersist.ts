import { useEffect, useRef } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { notePersistenceRequested } from '../../storage/database/persistenceRequest';
import { useExportStatus } from '../data/useExportStatus';
import { usePersistenceRequest } from '../data/usePersistenceRequest';
import { browserStorage, requestPersistence } from './browserStorage';

/**
 * Ask the browser once, ever, to keep the library: when a statement is first
 * added (saved or imported) after the app has opened, and never on page
 * load. Chromium answers silently, but Firefox shows a prompt, which only
 * makes sense once there is work to keep. The answer is recorded for Settings.
 */
export function useAutoPersist(): void {
  const statementCount = useExportStatus()?.statementCount;
  const request = usePersistenceRequest();
  const previous = useRef<number | undefined>(undefined);
  const asking = useRef(false);

  useEffect(() => {
    if (statementCount === undefined || request === undefined) return;
    const added = previous.current !== undefined && statementCount > previous.current;
    previous.current = statementCount;
    if (!added || request !== null || asking.current) return;
    asking.current = true;
    void askOnce();
  }, [statementCount, request]);
}

async function askOnce(): Promise<void> {
  const storage = browserStorage();
  // Already kept (an installed app): nothing to ask.
  if (!storage || (await storage.persisted?.().catch(() => false))) return;
  const granted = await requestPersistence(storage);
  // A failed bookkeeping write only means the app may ask again next session.
  if (granted !== null) await notePersistenceRequested(appDatabase, granted).catch(() => undefined);
}
