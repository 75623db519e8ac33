import type { LibraryRecords } from '../model/envelope';
import type { Speaker } from '../model/speaker';
import { compareByName } from './compareByName';
import { statementCounts } from './countedStatements';

/** How much one speaker says across the library, for sorting the Speakers view. */
export interface SpeakerSummaryRow {
  speaker: Speaker;
  /** Statements attributed to the speaker that count (confirmed: see statementCounts). */
  statementCount: number;
  /** Distinct articles with at least one of those statements. */
  articleCount: number;
  /** Distinct topics those statements are on. */
  topicCount: number;
}

/**
 * Every speaker, ordered by name, with counts of their confirmed statements
 * and of the articles and topics those fall in. Speakers who say nothing
 * are listed with zeros, so the registry stays whole.
 */
export function speakerSummaries(records: LibraryRecords): SpeakerSummaryRow[] {
  const tallies = new Map<string, { statements: number; articles: Set<string>; topics: Set<string> }>();
  for (const statement of records.statements) {
    if (!statementCounts(statement) || statement.speakerId === null) continue;
    const tally = tallies.get(statement.speakerId) ?? { statements: 0, articles: new Set<string>(), topics: new Set<string>() };
    tallies.set(statement.speakerId, tally);
    tally.statements += 1;
    tally.articles.add(statement.articleId);
    if (statement.topicId !== undefined) tally.topics.add(statement.topicId);
  }
  return [...records.speakers].sort(compareByName).map((speaker) => {
    const tally = tallies.get(speaker.id);
    return {
      speaker,
      statementCount: tally?.statements ?? 0,
      articleCount: tally?.articles.size ?? 0,
      topicCount: tally?.topics.size ?? 0,
    };
  });
}
