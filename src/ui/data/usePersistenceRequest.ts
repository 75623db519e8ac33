import { useLiveQuery } from 'dexie-react-hooks';
import type { PersistenceRequest } from '../../storage/LibraryMeta';
import { appDatabase } from '../../storage/appDatabase';
import { readPersistenceRequest } from '../../storage/persistenceRequest';

/** The app's last request for persistent storage, live: null if never asked, undefined while loading. */
export function usePersistenceRequest(): PersistenceRequest | null | undefined {
  return useLiveQuery(() => readPersistenceRequest(appDatabase), []);
}
