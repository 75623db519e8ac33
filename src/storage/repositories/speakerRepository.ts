import type { Speaker } from '../../core/model/speaker';
import { compareByName } from '../../core/review/compareByName';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { readRegistryCounts } from '../reads/readRegistryCounts';
import type { SpeakerListing } from '../derived/SpeakerListingRecord';

// The speaker functions that have files of their own, importable from here
// with the rest.
export { addSpeakerAlias } from '../writes/addSpeakerAlias';
export { createSpeaker, type SavedSpeaker } from '../writes/createSpeaker';
export { mergeSpeakers, type MergedSpeakers } from '../writes/mergeSpeakers';
export { updateSpeaker } from '../writes/updateSpeaker';

/** A speaker (what the Speakers list shows of them) with how much they say across the library. */
export interface SpeakerSummary {
  speaker: SpeakerListing;
  /** Statements that count (confirmed: see statementCounts). */
  statementCount: number;
  /** Distinct articles in which the speaker has at least one statement. */
  articleCount: number;
}

/**
 * Every speaker in the registry, sorted by name as a person reads it
 * (compareByName; the name index would sort by UTF-16 code unit, putting
 * "de Klerk" after "Zuma" and "Émile" after both).
 */
export async function listSpeakers(db: QuotemarkDatabase): Promise<Speaker[]> {
  const speakers = await db.speakers.toArray();
  return speakers.sort(compareByName);
}

/**
 * Every speaker, sorted by name, with counts of the statements that count
 * (confirmed: see statementCounts) and of their articles. Speakers with no
 * statements are listed with zero counts, so the registry is whole. The
 * speakers come from the speaker listings and the counts from the registry
 * totals: 32 small rows, not a record per speaker nor every statement.
 */
export function listSpeakerSummaries(db: QuotemarkDatabase): Promise<SpeakerSummary[]> {
  return db.transaction('r', db.speakerListings, db.registryTotals, async () => {
    const [rows, counts] = await Promise.all([db.speakerListings.toArray(), readRegistryCounts(db)]);
    const speakers = rows.flatMap((row) => Object.values(row.speakers));
    return speakers.sort(compareByName).map((speaker) => {
      const count = counts.speakers.get(speaker.id);
      return { speaker, statementCount: count?.statementCount ?? 0, articleCount: count?.articleCount ?? 0 };
    });
  });
}
