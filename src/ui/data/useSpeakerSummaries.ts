import { useObservable } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveSpeakerSummaries } from '../../storage/live/liveQueries';
import type { SpeakerSummary } from '../../storage/repositories/speakerRepository';

/** Speakers with their statement and article counts, live; shared, so a warmed read is picked up. */
export function useSpeakerSummaries(): SpeakerSummary[] | undefined {
  return useObservable(() => liveSpeakerSummaries(appDatabase), []);
}
