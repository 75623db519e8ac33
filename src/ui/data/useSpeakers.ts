import { useObservable } from 'dexie-react-hooks';
import type { Speaker } from '../../core/model/speaker';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveSpeakers } from '../../storage/live/liveQueries';

/** The speaker registry, sorted by name, live. */
export function useSpeakers(): Speaker[] | undefined {
  return useObservable(() => liveSpeakers(appDatabase), []);
}
