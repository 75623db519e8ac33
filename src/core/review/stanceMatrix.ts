import type { Speaker } from '../model/speaker';
import { STANCES } from '../model/statement';
import type { Topic } from '../model/topic';
import { compareByLabel } from './compareByLabel';
import { orderByAgreement, type AgreementProfile } from './orderByAgreement';
import { dominantStance, emptyStanceCounts, type DominantStance, type StanceCounts } from './stanceCounts';
import { stanceFilter, type StanceFilters } from './StanceFilters';
import { stanceScore } from './stanceScore';
import type { StanceCandidate, StanceRecords } from './StanceEntry';
import { isStanceStatement } from './StanceStatement';
import type { CountOptions } from './countedStatements';
import { statementOrder } from './statementOrder';

/** A statement counted in the matrix. */
type Counted = StanceCandidate & { stance: NonNullable<StanceCandidate['stance']> };

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
 * The stance matrix of the library: every statement that counts (confirmed;
 * pending suggestions too only when `counting` asks, as an export may) with
 * a speaker, a topic and a stance that passes the filters is counted in its
 * speaker's row and topic's column. Speakers and topics without such a
 * statement (or no longer in the records) are left out.
 *
 * The work grows with the statements, not with speakers × topics: one pass
 * puts each statement in its cell (speaker, then topic, so no key string is
 * built per statement); only each cell's few statements are sorted into
 * reading order; each speaker's scores come from their own cells.
 */
export function stanceMatrix(records: StanceRecords, filters?: StanceFilters, counting?: CountOptions): StanceMatrix {
  const passes = stanceFilter(records, filters);
  const speakersById = new Map(records.speakers.map((s) => [s.id, s]));
  const topicsById = new Map(records.topics.map((t) => [t.id, t]));

  const rows = new Map<string, Map<string, Counted[]>>();
  const topicTotals = new Map<string, number>();
  for (const statement of records.statements) {
    if (
      !isStanceStatement(statement, counting) ||
      !speakersById.has(statement.speakerId) ||
      !topicsById.has(statement.topicId) ||
      !passes(statement)
    )
      continue;
    let row = rows.get(statement.speakerId);
    if (!row) rows.set(statement.speakerId, (row = new Map()));
    const said = row.get(statement.topicId);
    if (said) said.push(statement);
    else row.set(statement.topicId, [statement]);
    topicTotals.set(statement.topicId, (topicTotals.get(statement.topicId) ?? 0) + 1);
  }

  const topics = [...topicTotals.keys()]
    .flatMap((id) => topicsById.get(id) ?? [])
    .sort((a, b) => (topicTotals.get(b.id) ?? 0) - (topicTotals.get(a.id) ?? 0) || compareByLabel(a, b));
  const column = new Map(topics.map((topic, i) => [topic.id, i]));

  const inReadingOrder = statementOrder(records);
  const cells: Record<string, StanceCell> = {};
  const profiles: AgreementProfile[] = [];
  for (const [speakerId, row] of rows) {
    const speaker = speakersById.get(speakerId);
    if (!speaker) continue;
    // Scores in column order, as orderByAgreement expects to sum them.
    const topicIds = [...row.keys()].sort((a, b) => (column.get(a) ?? 0) - (column.get(b) ?? 0));
    const scores = new Map<string, number>();
    let statementCount = 0;
    for (const topicId of topicIds) {
      const said = row.get(topicId) ?? [];
      const cell = stanceCell(said.length > 1 ? said.sort(inReadingOrder) : said);
      cells[cellKey(speakerId, topicId)] = cell;
      scores.set(topicId, meanScore(cell));
      statementCount += cell.total;
    }
    profiles.push({ speaker, scores, statementCount });
  }

  return { speakers: orderByAgreement(profiles), topics, cells };
}

/** The cell of statements in reading order. */
function stanceCell(statements: readonly Counted[]): StanceCell {
  const counts = emptyStanceCounts();
  for (const statement of statements) counts[statement.stance] += 1;
  return {
    counts,
    total: statements.length,
    statementIds: statements.map((s) => s.id),
    dominant: dominantStance(counts),
  };
}

/** A cell's mean stance score, favor +1 to against -1. */
function meanScore(cell: StanceCell): number {
  let sum = 0;
  for (const stance of STANCES) sum += stanceScore(stance) * cell.counts[stance];
  return sum / cell.total;
}
