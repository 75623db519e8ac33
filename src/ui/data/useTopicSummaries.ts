import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { listTopicSummaries } from '../../storage/repositories/listTopicSummaries';

/** Topics with their statement and article counts, live. */
export function useTopicSummaries() {
  return useLiveQuery(() => listTopicSummaries(appDatabase), []);
}
