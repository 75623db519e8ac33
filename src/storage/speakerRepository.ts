import type { Speaker } from '../core/model/speaker';
import { speakerSummaries } from '../core/review/speakerSummaries';
import type { QuotemarkDatabase } from './QuotemarkDatabase';

// The speaker functions that have files of their own, importable from here
// with the rest.
export { addSpeakerAlias } from './addSpeakerAlias';
export { createSpeaker, type SavedSpeaker } from './createSpeaker';
export { mergeSpeakers, type MergedSpeakers } from './mergeSpeakers';
export { updateSpeaker } from './updateSpeaker';

/** A speaker with how much they say across the library. */
export interface SpeakerSummary {
  speaker: Speaker;
  /** Statements that count (confirmed: see statementCounts). */
  statementCount: number;
  /** Distinct articles in which the speaker has at least one statement. */
  articleCount: number;
}

// Locale-aware and case-insensitive: the name index sorts by UTF-16 code
// unit, which would put "de Klerk" after "Zuma" and "Émile" after both.
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every speaker in the registry, sorted by name as a person reads it. */
export async function listSpeakers(db: QuotemarkDatabase): Promise<Speaker[]> {
  const speakers = await db.speakers.toArray();
  return speakers.sort((a, b) => byName.compare(a.name, b.name));
}

/**
 * Every speaker, sorted by name, with counts of the statements that count
 * (confirmed: see statementCounts) and of their articles. Speakers with no
 * statements are listed with zero counts, so the registry is whole.
 */
export function listSpeakerSummaries(db: QuotemarkDatabase): Promise<SpeakerSummary[]> {
  return db.transaction('r', db.speakers, db.statements, async () => {
    const [speakers, statements] = await Promise.all([db.speakers.toArray(), db.statements.toArray()]);
    // The counts are the core's (speakerSummaries), so the list and the speaker page agree.
    return speakerSummaries({ articles: [], topics: [], speakers, statements }).map(({ speaker, statementCount, articleCount }) => ({
      speaker,
      statementCount,
      articleCount,
    }));
  });
}
