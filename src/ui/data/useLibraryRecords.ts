import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryRecords } from '../../core/model/envelope';
import { appDatabase } from '../../storage/appDatabase';
import { readLibraryRecords } from '../../storage/importLibrary';

/** Articles, speakers, topics and statements, live; undefined while loading. */
export function useLibraryRecords(): LibraryRecords | undefined {
  return useLiveQuery(() => readLibraryRecords(appDatabase), []);
}
