import { useObservable } from 'dexie-react-hooks';
import type { ReviewRecords } from '../../core/review/ReviewRecords';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveTopicRecords } from '../../storage/reads/readTopicRecords';

/** A topic's page records (the topic, its statements, the speakers and articles those name), live; undefined while loading. */
export function useTopicRecords(topicId: string): ReviewRecords | undefined {
  return useObservable(() => liveTopicRecords(appDatabase, topicId), [topicId]);
}
