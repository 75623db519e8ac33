import type { LibraryRecords } from '../../../src/core/model/envelope';
import type { Speaker } from '../../../src/core/model/speaker';
import { STANCES } from '../../../src/core/model/statement';
import { agreement, type AgreementProfile } from '../../../src/core/review/orderByAgreement';
import { compareByLabel } from '../../../src/core/review/compareByLabel';
import { compareByName } from '../../../src/core/review/compareByName';
import { emptyStanceCounts, type DominantStance, type StanceCounts } from '../../../src/core/review/stanceCounts';
import { stanceFilter, type StanceFilters } from '../../../src/core/review/StanceFilters';
import { cellKey, matrixCells, type StanceCell, type StanceMatrix } from '../../../src/core/review/stanceMatrix';
import { stanceScore } from '../../../src/core/review/stanceScore';
import { isStanceStatement, type StanceStatement } from '../../../src/core/review/StanceStatement';
import { statementOrder } from '../../../src/core/review/statementOrder';

// The stance matrix as first written, plainly and slowly (every pair of
// speakers compared with agreement(), every statement sorted at once): the
// definition the fast stanceMatrix and orderByAgreement are held to.

/** The leading stance, by max and filter. */
export function referenceDominant(counts: StanceCounts): DominantStance {
  const top = Math.max(...STANCES.map((stance) => counts[stance]));
  if (top === 0) return 'none';
  const leaders = STANCES.filter((stance) => counts[stance] === top);
  return leaders.length === 1 && leaders[0] !== undefined ? leaders[0] : 'mixed';
}

/** The greedy walk, comparing the last placed with every unplaced speaker through agreement(). */
export function referenceOrder(profiles: readonly AgreementProfile[]): Speaker[] {
  const remaining = [...profiles].sort(
    (a, b) => b.statementCount - a.statementCount || compareByName(a.speaker, b.speaker),
  );
  const first = remaining.shift();
  if (!first) return [];
  const placed = [first];
  let last = first;
  while (remaining.length > 0) {
    let bestIndex = 0;
    let best = -Infinity;
    for (const [i, candidate] of remaining.entries()) {
      const score = agreement(last.scores, candidate.scores);
      const current = remaining[bestIndex];
      if (score > best || (score === best && current && compareByName(candidate.speaker, current.speaker) < 0)) {
        best = score;
        bestIndex = i;
      }
    }
    const [next] = remaining.splice(bestIndex, 1);
    if (!next) break;
    placed.push(next);
    last = next;
  }
  return placed.map((p) => p.speaker);
}

/** A stance matrix as plain data: its every cell made, by cellKey. */
export interface PlainStanceMatrix {
  speakers: Speaker[];
  topics: StanceMatrix['topics'];
  cells: Record<string, StanceCell>;
}

/** The matrix with every cell made, to compare with the reference. */
export function plainMatrix(matrix: StanceMatrix): PlainStanceMatrix {
  return { speakers: matrix.speakers, topics: matrix.topics, cells: matrixCells(matrix) };
}

/** The whole matrix, the slow way. */
export function referenceStanceMatrix(records: LibraryRecords, filters?: StanceFilters): PlainStanceMatrix {
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
  for (const cell of Object.values(cells)) cell.dominant = referenceDominant(cell.counts);
  const topics = [...topicTotals.keys()]
    .flatMap((id) => topicsById.get(id) ?? [])
    .sort((a, b) => (topicTotals.get(b.id) ?? 0) - (topicTotals.get(a.id) ?? 0) || compareByLabel(a, b));
  const profiles = [...speakerTotals.keys()].flatMap((speakerId) => {
    const speaker = speakersById.get(speakerId);
    if (!speaker) return [];
    const scores = new Map<string, number>();
    for (const topic of topics) {
      const cell = cells[cellKey(speakerId, topic.id)];
      if (!cell) continue;
      const sum = (Object.entries(cell.counts) as [keyof StanceCounts, number][]).reduce(
        (acc, [stance, n]) => acc + stanceScore(stance) * n,
        0,
      );
      scores.set(topic.id, sum / cell.total);
    }
    return [{ speaker, scores, statementCount: speakerTotals.get(speakerId) ?? 0 }];
  });
  return { speakers: referenceOrder(profiles), topics, cells };
}
