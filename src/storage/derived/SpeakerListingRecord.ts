import type { Speaker } from '../../core/model/speaker';
import { withoutUndefined } from '../../core/model/withoutUndefined';
import { shardOf } from './StanceIndexRecord';

/** The table name of the speaker listings. */
export const SPEAKER_LISTINGS = 'speakerListings';

/** What the Speakers list shows of a speaker, searches and sorts it by: never the notes. */
export type SpeakerListing = Pick<Speaker, 'id' | 'name' | 'aliases' | 'kind' | 'role' | 'affiliation' | 'color'>;

/**
 * One row of the speaker listings: for each speaker whose id falls in this
 * shard (FNV-1a of the id, as shardOf spreads articles), what the Speakers
 * list shows of it. Kept by derivedTablesMiddleware in the same transaction
 * as every write to speakers, so the list reads 16 rows instead of a record
 * per speaker: Chromium's IndexedDB pays per record far more than per byte,
 * and five thousand speakers cost it more than their few kilobytes each.
 */
export interface SpeakerListingRecord {
  shard: number;
  /** By speaker id. */
  speakers: Record<string, SpeakerListing>;
}

/** What the Speakers list keeps of a speaker. */
export function speakerListingOf(speaker: Speaker): SpeakerListing {
  const { id, name, aliases, kind, role, affiliation, color } = speaker;
  return withoutUndefined({ id, name, aliases, kind, role, affiliation, color });
}

/** The rows of these speakers' listings, by shard; a shard with none has no row (the v8 upgrade). */
export function speakerListingRecords(speakers: Iterable<Speaker>): SpeakerListingRecord[] {
  const rows = new Map<number, SpeakerListingRecord>();
  for (const speaker of speakers) {
    const shard = shardOf(speaker.id);
    let row = rows.get(shard);
    if (!row) rows.set(shard, (row = { shard, speakers: {} }));
    row.speakers[speaker.id] = speakerListingOf(speaker);
  }
  return [...rows.values()];
}
