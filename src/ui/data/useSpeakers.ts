import { useLiveQuery } from 'dexie-react-hooks';
import type { Speaker } from '../../core/model/speaker';
import { appDatabase } from '../../storage/appDatabase';
import { listSpeakers } from '../../storage/speakerRepository';

/** The speaker registry, sorted by name, live. */
export function useSpeakers(): Speaker[] | undefined {
  return useLiveQuery(() => listSpeakers(appDatabase), []);
}
