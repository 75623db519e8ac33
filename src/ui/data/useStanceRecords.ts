import { useObservable } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveStanceRecords, type StanceLibrary } from '../../storage/reads/readStanceRecords';

/** Articles, speakers, topics and the stance index, live; undefined while loading. */
export function useStanceRecords(): StanceLibrary | undefined {
  return useObservable(() => liveStanceRecords(appDatabase), []);
}
