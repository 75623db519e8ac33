import { useCallback, useEffect, useState } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { notePersistenceRequested } from '../../storage/database/persistenceRequest';
import { readStorageStatus, requestPersistence, type StorageStatus } from './browserStorage';

/**
 * The browser's storage status (not live: the browser sends no events), read
 * on mount and again when `refreshKey` changes or after asking.
 */
export function useStorageStatus(refreshKey: unknown) {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [refreshKey]);

  const ask = useCallback(async () => {
    setAsking(true);
    try {
      const granted = await requestPersistence();
      if (granted !== null) await notePersistenceRequested(appDatabase, granted).catch(() => undefined);
      setStatus(await readStorageStatus());
    } finally {
      setAsking(false);
    }
  }, []);

  return { status, asking, ask };
}
