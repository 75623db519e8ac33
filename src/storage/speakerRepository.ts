import type { Speaker } from '../core/model/speaker';
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
 * Every speaker, sorted by name, with statement and article counts. Speakers
 * with no statements are listed with zero counts, so the registry is whole.
 */
export function listSpeakerSummaries(db: QuotemarkDatabase): Promise<SpeakerSummary[]> {
  return db.transaction('r', db.speakers, db.statements, async () => {
    const [speakers, statements] = await Promise.all([listSpeakers(db), db.statements.toArray()]);
    // Article counts need each statement's articleId paired with its
    // speakerId, which no single v1 index yields, so one pass over statements.
    const articlesBySpeaker = new Map<string, Set<string>>();
    const statementsBySpeaker = new Map<string, number>();
    for (const { speakerId, articleId } of statements) {
      if (speakerId === null) continue;
      statementsBySpeaker.set(speakerId, (statementsBySpeaker.get(speakerId) ?? 0) + 1);
      const articles = articlesBySpeaker.get(speakerId) ?? new Set<string>();
      articles.add(articleId);
      articlesBySpeaker.set(speakerId, articles);
    }
    return speakers.map((speaker) => ({
      speaker,
      statementCount: statementsBySpeaker.get(speaker.id) ?? 0,
      articleCount: articlesBySpeaker.get(speaker.id)?.size ?? 0,
    }));
  });
}
