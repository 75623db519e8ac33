import type { LibraryRecords } from '../model/envelope';
import { STANCES, type Stance } from '../model/statement';
import { csvText } from './csvText';

/** The columns of the stance table CSV, in order. */
export const STANCE_TABLE_FIELDS = ['speaker', 'topic', ...STANCES, 'total'] as const;

/**
 * A speaker × topic table counting statements per stance, one row per pair
 * that has at least one statement with a stance, ordered by speaker then
 * topic. Statements lacking a speaker, topic or stance say nothing about
 * where someone stands, so they are not counted.
 */
export function toStanceTableCsv(records: LibraryRecords): string {
  const speakers = new Map(records.speakers.map((s) => [s.id, s.name]));
  const topics = new Map(records.topics.map((t) => [t.id, t.label]));
  const counts = new Map<string, { speaker: string; topic: string; byStance: Record<Stance, number> }>();
  for (const s of records.statements) {
    if (s.speakerId === null || s.topicId === undefined || s.stance === undefined) continue;
    const speaker = speakers.get(s.speakerId);
    const topic = topics.get(s.topicId);
    if (speaker === undefined || topic === undefined) continue;
    // Key by ids, not names: two speakers may share a name.
    const key = JSON.stringify([s.speakerId, s.topicId]);
    const row = counts.get(key) ?? { speaker, topic, byStance: emptyCounts() };
    row.byStance[s.stance] += 1;
    counts.set(key, row);
  }
  const rows = [...counts.values()]
    .sort((a, b) => a.speaker.localeCompare(b.speaker) || a.topic.localeCompare(b.topic))
    .map((row) => {
      const values = STANCES.map((stance) => row.byStance[stance]);
      return [row.speaker, row.topic, ...values, values.reduce((sum, n) => sum + n, 0)];
    });
  return csvText(STANCE_TABLE_FIELDS, rows);
}

function emptyCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}
