import { useLiveQuery } from 'dexie-react-hooks';
import type { PersistenceRequest } from '../../storage/database/LibraryMeta';
import { appDatabase } from '../../storage/database/appDatabase';
import { readPersistenceRequest } from '../../storage/database/persistenceRequest';

/** The app's last request for persistent storage, live: null if never asked, undefined while loading. */
export function usePersistenceRequest(): PersistenceRequest | null | undefined {
  return useLiveQuery(() => readPersistenceRequest(appDatabase), []);
}
