import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { listSpeakerSummaries } from '../../storage/repositories/speakerRepository';

/** Speakers with their statement and article counts, live. */
export function useSpeakerSummaries() {
  return useLiveQuery(() => listSpeakerSummaries(appDatabase), []);
}
