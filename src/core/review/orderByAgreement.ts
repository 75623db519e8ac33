import type { Speaker } from '../model/speaker';
import { compareByName } from './compareByName';

/** A speaker to place, with their mean stance score per topic id and statement count. */
export interface AgreementProfile {
  speaker: Speaker;
  /** Topic id -> mean score in -1..+1 (favor +1, against -1, others 0). */
  scores: ReadonlyMap<string, number>;
  statementCount: number;
}

/** Parallel arrays: the topics (by number) one speaker speaks on, or the speakers (by index) speaking on one topic, with the scores. */
export interface Scores {
  ids: Int32Array;
  scores: Float64Array;
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
  const topicNumber = new Map<string, number>();
  const own = profiles.map((profile): Scores => {
    const ids = new Int32Array(profile.scores.size);
    const scores = new Float64Array(profile.scores.size);
    let k = 0;
    for (const [topicId, score] of profile.scores) {
      let t = topicNumber.get(topicId);
      if (t === undefined) topicNumber.set(topicId, (t = topicNumber.size));
      ids[k] = t;
      scores[k] = score;
      k += 1;
    }
    return { ids, scores };
  });
  return orderScoredByAgreement(
    profiles.map((p) => p.speaker),
    profiles.map((p) => p.statementCount),
    own,
    topicNumber.size,
  );
}

/**
 * orderByAgreement of speakers whose scores are already numbers: speaker i
 * made `statementCounts[i]` statements and gave `own[i].scores[k]` to topic
 * number `own[i].ids[k]` (0..topicCount-1), in the order agreement() would
 * add them. What stanceMatrix calls, with no map made per speaker.
 *
 * The same greedy walk as calling agreement() on every unplaced speaker at
 * each step, without its cost (500 speakers made that a quarter of a
 * second): each step visits only the speakers who share a topic with the
 * last placed, through an index of who spoke on each topic; the others
 * score 0. Sums are added in the last placed speaker's topic order, as
 * agreement() adds them, so every score, and thus every tie, is the same.
 * Names are ranked once, so a tie costs an integer comparison.
 */
export function orderScoredByAgreement(
  speakers: readonly Speaker[],
  statementCounts: ArrayLike<number>,
  own: readonly Scores[],
  topicCount: number,
): Speaker[] {
  const count = speakers.length;
  const at = (i: number) => speakers[i] as Speaker;
  // Most statements first; the walk starts at sorted[0].
  const sorted = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => (statementCounts[b] ?? 0) - (statementCounts[a] ?? 0) || compareByName(at(a), at(b)),
  );
  const ownSorted = sorted.map((i) => own[i] ?? NONE);
  const onTopic = speakersOnTopics(ownSorted, topicCount);
  const nameRank = new Int32Array(count);
  sorted
    .map((i, place) => ({ speaker: at(i), place }))
    .sort((a, b) => compareByName(a.speaker, b.speaker))
    .forEach(({ place }, rank) => (nameRank[place] = rank));

  const placed = new Uint8Array(count);
  const sums = new Float64Array(count);
  const shared = new Int32Array(count);
  const order: number[] = [];
  for (let last = 0; last !== -1 && order.length < count;) {
    order.push(last);
    placed[last] = 1;
    sums.fill(0);
    shared.fill(0);
    const spoken = ownSorted[last] ?? NONE;
    for (let k = 0; k < spoken.ids.length; k++) {
      const score = spoken.scores[k] ?? 0;
      const others = onTopic[spoken.ids[k] ?? 0] ?? NONE;
      for (let j = 0; j < others.ids.length; j++) {
        const other = others.ids[j] ?? 0;
        if (placed[other]) continue;
        sums[other] = (sums[other] ?? 0) + (1 - Math.abs(score - (others.scores[j] ?? 0)));
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }
    let next = -1;
    let best = -Infinity;
    for (let candidate = 0; candidate < count; candidate++) {
      if (placed[candidate]) continue;
      const n = shared[candidate] ?? 0;
      const score = n === 0 ? 0 : (sums[candidate] ?? 0) / n;
      if (score > best || (score === best && (nameRank[candidate] ?? 0) < (nameRank[next] ?? 0))) {
        best = score;
        next = candidate;
      }
    }
    last = next;
  }
  return order.map((place) => at(sorted[place] ?? 0));
}

const NONE: Scores = { ids: new Int32Array(0), scores: new Float64Array(0) };

/** For each topic number, the speakers (by index) speaking on it and their scores, in speaker order. */
function speakersOnTopics(own: readonly Scores[], topicCount: number): Scores[] {
  const sizes = new Int32Array(topicCount);
  for (const { ids } of own) for (let k = 0; k < ids.length; k++) sizes[ids[k] ?? 0] = (sizes[ids[k] ?? 0] ?? 0) + 1;
  const onTopic = Array.from(sizes, (n): Scores => ({ ids: new Int32Array(n), scores: new Float64Array(n) }));
  const filled = new Int32Array(topicCount);
  own.forEach(({ ids, scores }, speaker) => {
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k] ?? 0;
      const list = onTopic[t] ?? NONE;
      const j = filled[t] ?? 0;
      list.ids[j] = speaker;
      list.scores[j] = scores[k] ?? 0;
      filled[t] = j + 1;
    }
  });
  return onTopic;
}
