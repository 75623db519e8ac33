/**
 * Ranks speaker candidates with a logistic regression fitted on PolNeAR train by
 * scripts/fitSpeakerModel.ts; the weights ship as speakerModel.json (no download).
 */
import weights from './speakerModel.json';
import { FEATURES, type Candidate } from './speakerCandidates';

/** The fitted model as the fitting script writes it. */
export interface SpeakerModel {
  features: string[];
  weights: number[];
  bias: number;
}

const MODEL = weights as SpeakerModel;
const ORDER = FEATURES.map((f) => MODEL.features.indexOf(f));

/** The candidate's score (log-odds that it is the speaker). */
export function scoreCandidate(c: Candidate, model: SpeakerModel = MODEL): number {
  let s = model.bias;
  const order = model === MODEL ? ORDER : FEATURES.map((f) => model.features.indexOf(f));
  for (let i = 0; i < c.f.length; i++) {
    const w = order[i] ?? -1;
    if (w >= 0) s += (model.weights[w] ?? 0) * (c.f[i] ?? 0);
  }
  return s;
}

const NOMINAL = FEATURES.indexOf('nominalSubj');
const HEAD_MATCH = FEATURES.indexOf('headMatch');

/** The best-scoring candidate (the first on a tie, so the result is deterministic), or null. */
export function bestCandidate(cands: readonly Candidate[], model?: SpeakerModel): Candidate | null {
  let best: Candidate | null = null;
  let top = -Infinity;
  let named: Candidate | null = null;
  let namedTop = -Infinity;
  for (const c of cands) {
    const s = scoreCandidate(c, model);
    if (s > top) {
      top = s;
      best = c;
    }
    if ((c.f[HEAD_MATCH] ?? 0) > 0 && s > namedTop) {
      namedTop = s;
      named = c;
    }
  }
  // "the spokesman said" after "ministry spokesman Leo Varga": a reader wants the name, not the description
  // (the answer keys accept either when their coreference found the name, so the fit cannot learn this).
  return best && (best.f[NOMINAL] ?? 0) > 0 && named ? named : best;
}
