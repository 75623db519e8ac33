import type { LibraryRecords } from '../model/envelope';
import type { Speaker } from '../model/speaker';
import type { Topic } from '../model/topic';
import { orderByAgreement, type AgreementProfile } from './orderByAgreement';
import { dominantStance, emptyStanceCounts, type DominantStance, type StanceCounts } from './stanceCounts';
import { stanceFilter, type StanceFilters } from './StanceFilters';
import { stanceScore } from './stanceScore';
import { isStanceStatement, type StanceStatement } from './StanceStatement';
import { statementOrder } from './statementOrder';

/** What one speaker said on one topic. */
export interface StanceCell {
  counts: StanceCounts;
  total: number;
  /** In reading order (see statementOrder). */
  statementIds: string[];
  dominant: DominantStance;
}

/** Speakers by topics, with the stances each took. */
export interface StanceMatrix {
  /** Rows: speakers who agree sit next to each other (see orderByAgreement). */
  speakers: Speaker[];
  /** Columns: most statements first, then by label. */
  topics: Topic[];
  /** Keyed by cellKey(speakerId, topicId); absent when the speaker said nothing on it. */
  cells: Record<string, StanceCell>;
}

/** The key of a cell of a StanceMatrix. */
export function cellKey(speakerId: string, topicId: string): string {
  return `${speakerId}|${topicId}`;
}

/**
 * The stance matrix of the library: every confirmed statement with a
 * speaker, a topic and a stance that passes the filters is counted in its
 * speaker's row and topic's column. Speakers and topics without such a
 * statement (or no longer in the records) are left out.
 */
export function stanceMatrix(records: LibraryRecords, filters?: StanceFilters): StanceMatrix {
  const passes = stanceFilter(records, filters);
  const speakersById = new Map(records.speakers.map((s) => [s.id, s]));
  const topicsById = new Map(records.topics.map((t) => [t.id, t]));
  const statements = records.statements
    .filter((s): s is StanceStatement => isStanceStatement(s) && passes(s))
    .filter((s) => speakersById.has(s.speakerId) && topicsById.has(s.topicId))
    .sort(statementOrder(records));

  const cells: Record<string, StanceCell> = {};
  const topicTotals = new Map<string, number>();
  const speakerTotals = new Map<string, number>();
  for (const statement of statements) {
    const key = cellKey(statement.speakerId, statement.topicId);
    const cell = (cells[key] ??= { counts: emptyStanceCounts(), total: 0, statementIds: [], dominant: 'none' });
    cell.counts[statement.stance] += 1;
    cell.total += 1;
    cell.statementIds.push(statement.id);
    topicTotals.set(statement.topicId, (topicTotals.get(statement.topicId) ?? 0) + 1);
    speakerTotals.set(statement.speakerId, (speakerTotals.get(statement.speakerId) ?? 0) + 1);
  }
  for (const cell of Object.values(cells)) cell.dominant = dominantStance(cell.counts);

  const topics = [...topicTotals.keys()]
    .flatMap((id) => topicsById.get(id) ?? [])
    .sort((a, b) => (topicTotals.get(b.id) ?? 0) - (topicTotals.get(a.id) ?? 0) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));

  const profiles: AgreementProfile[] = [...speakerTotals.keys()].flatMap((speakerId) => {
    const speaker = speakersById.get(speakerId);
    if (!speaker) return [];
    const scores = new Map<string, number>();
    for (const topic of topics) {
      const cell = cells[cellKey(speakerId, topic.id)];
      if (!cell) continue;
      const sum = (Object.entries(cell.counts) as [keyof StanceCounts, number][]).reduce((acc, [stance, n]) => acc + stanceScore(stance) * n, 0);
      scores.set(topic.id, sum / cell.total);
    }
    return [{ speaker, scores, statementCount: speakerTotals.get(speakerId) ?? 0 }];
  });

  return { speakers: orderByAgreement(profiles), topics, cells };
}
