import { useObservable } from 'dexie-react-hooks';
import type { ReviewRecords } from '../../core/review/ReviewRecords';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveSpeakerRecords } from '../../storage/reads/readSpeakerRecords';

/** A speaker's page records (the speaker, their statements, the articles and topics those name), live; undefined while loading. */
export function useSpeakerRecords(speakerId: string): ReviewRecords | undefined {
  return useObservable(() => liveSpeakerRecords(appDatabase, speakerId), [speakerId]);
}
