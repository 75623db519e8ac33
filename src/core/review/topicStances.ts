import type { Speaker } from '../model/speaker';
import type { Statement } from '../model/statement';
import { compareByName } from './compareByName';
import type { ReviewRecords } from './ReviewRecords';
import { dominantStance, emptyStanceCounts, type DominantStance, type StanceCounts } from './stanceCounts';
import { isStanceStatement, type StanceStatement } from './StanceStatement';
import { statementOrder } from './statementOrder';

/** One speaker's statements on a topic, with the stance they lean to. */
export interface SpeakerOnTopic {
  speaker: Speaker;
  /** In reading order (see statementOrder). */
  statements: Statement[];
  counts: StanceCounts;
  dominant: DominantStance;
}

/** The speakers on a topic, grouped by the stance they lean to. */
export interface TopicStances {
  favor: SpeakerOnTopic[];
  against: SpeakerOnTopic[];
  /** Leaning neutral, mixed or unclear (or tied). */
  other: SpeakerOnTopic[];
}

/**
 * Who stands where on a topic: each speaker with confirmed statements
 * taking a stance on it, grouped by their dominant stance (see
 * dominantStance). Each group lists most statements first, then by name.
 */
export function topicStances(records: ReviewRecords, topicId: string): TopicStances {
  const speakersById = new Map(records.speakers.map((s) => [s.id, s]));
  const bySpeaker = new Map<string, SpeakerOnTopic>();
  const statements = records.statements
    .filter((s): s is StanceStatement => isStanceStatement(s) && s.topicId === topicId)
    .sort(statementOrder(records));
  for (const statement of statements) {
    const speaker = speakersById.get(statement.speakerId);
    if (!speaker) continue;
    let entry = bySpeaker.get(speaker.id);
    if (!entry) {
      entry = { speaker, statements: [], counts: emptyStanceCounts(), dominant: 'none' };
      bySpeaker.set(speaker.id, entry);
    }
    entry.statements.push(statement);
    entry.counts[statement.stance] += 1;
  }
  const result: TopicStances = { favor: [], against: [], other: [] };
  const entries = [...bySpeaker.values()].sort(
    (a, b) => b.statements.length - a.statements.length || compareByName(a.speaker, b.speaker),
  );
  for (const entry of entries) {
    entry.dominant = dominantStance(entry.counts);
    const group =
      entry.dominant === 'favor' ? result.favor : entry.dominant === 'against' ? result.against : result.other;
    group.push(entry);
  }
  return result;
}
