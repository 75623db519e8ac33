import { useObservable } from 'dexie-react-hooks';
import type { Topic } from '../../core/model/topic';
import { appDatabase } from '../../storage/appDatabase';
import { liveTopics } from '../../storage/articleLiveQueries';

/** Every topic, sorted by label, live. */
export function useTopics(): Topic[] | undefined {
  return useObservable(() => liveTopics(appDatabase), []);
}
