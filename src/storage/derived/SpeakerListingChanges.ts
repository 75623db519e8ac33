import { shardOf } from './StanceIndexRecord';
import type { SpeakerListing, SpeakerListingRecord } from './SpeakerListingRecord';

/** What one write to the speakers table changes in the speaker listings. */
export class SpeakerListingChanges {
  /** By speaker id: its new listing; null when it was deleted. */
  readonly listings = new Map<string, SpeakerListing | null>();
  /** After a cleared range: every speaker left. */
  all: SpeakerListing[] | undefined;

  /** The shards these changes touch (every shard when the table is replaced). */
  shards(all: readonly number[]): number[] {
    if (this.all) return [...all];
    return [...new Set([...this.listings.keys()].map(shardOf))];
  }

  /** A shard's row after the changes; null when nothing is left in it. */
  apply(shard: number, row: SpeakerListingRecord | undefined): SpeakerListingRecord | null {
    const speakers = this.all
      ? new Map(this.all.filter(({ id }) => shardOf(id) === shard).map((listing) => [listing.id, listing]))
      : new Map(Object.entries(row?.speakers ?? {}));
    for (const [id, listing] of this.listings) {
      if (shardOf(id) !== shard) continue;
      if (listing) speakers.set(id, listing);
      else speakers.delete(id);
    }
    return speakers.size > 0 ? { shard, speakers: Object.fromEntries(speakers) } : null;
  }
}
