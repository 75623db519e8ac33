import { useLiveQuery } from 'dexie-react-hooks';
import type { GoldStatement } from '../../core/curation/goldStatement';
import { appDatabase } from '../../storage/database/appDatabase';
import { listAllGold } from '../../storage/team/curationRepository';

const NONE: GoldStatement[] = [];

/** Every gold statement on this device (all projects), live; empty while loading or when nobody curated. */
export function useGoldStatements(): readonly GoldStatement[] {
  return useLiveQuery(() => listAllGold(appDatabase), [], NONE);
}
