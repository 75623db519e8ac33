import type { Speaker } from '../model/speaker';
import { compareByName } from './compareByName';

/** A speaker to place, with their mean stance score per topic id and statement count. */
export interface AgreementProfile {
  speaker: Speaker;
  /** Topic id -> mean score in -1..+1 (favor +1, against -1, others 0). */
  scores: ReadonlyMap<string, number>;
  statementCount: number;
}

/**
 * How much two speakers agree: over the topics both speak on, the mean of
 * 1 - |a - b| (1 same view, -1 opposite views); 0 when they share none.
 */
export function agreement(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  let shared = 0;
  for (const [topicId, score] of a) {
    const other = b.get(topicId);
    if (other === undefined) continue;
    sum += 1 - Math.abs(score - other);
    shared += 1;
  }
  return shared === 0 ? 0 : sum / shared;
}

/**
 * Speakers ordered so that those who agree sit together: start with the
 * one with most statements, then keep appending the unplaced speaker who
 * agrees most with the last placed. Ties go by name, so the order is stable.
 */
export function orderByAgreement(profiles: readonly AgreementProfile[]): Speaker[] {
  const remaining = [...profiles].sort((a, b) => b.statementCount - a.statementCount || compareByName(a.speaker, b.speaker));
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
