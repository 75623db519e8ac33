import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { readExportStatus, type ExportStatus } from '../../storage/exchange/exportState';

/** When the library was last exported and how many statements came since, live; undefined while loading. */
export function useExportStatus(): ExportStatus | undefined {
  return useLiveQuery(() => readExportStatus(appDatabase), []);
}
