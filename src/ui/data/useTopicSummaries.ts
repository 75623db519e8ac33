import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/appDatabase';
import { listTopicSummaries } from '../../storage/listTopicSummaries';

/** Topics with their statement and article counts, live. */
export function useTopicSummaries() {
  return useLiveQuery(() => listTopicSummaries(appDatabase), []);
}
