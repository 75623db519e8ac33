import { useObservable } from 'dexie-react-hooks';
import type { Topic } from '../../core/model/topic';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveTopics } from '../../storage/live/liveQueries';

/** Every topic, sorted by label, live. */
export function useTopics(): Topic[] | undefined {
  return useObservable(() => liveTopics(appDatabase), []);
}
