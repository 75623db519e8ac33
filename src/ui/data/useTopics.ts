import { useLiveQuery } from 'dexie-react-hooks';
import type { Topic } from '../../core/model/topic';
import { appDatabase } from '../../storage/appDatabase';
import { listTopics } from '../../storage/topicRepository';

/** Every topic, sorted by label, live. */
export function useTopics(): Topic[] | undefined {
  return useLiveQuery(() => listTopics(appDatabase), []);
}
