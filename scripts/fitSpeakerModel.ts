/**
 * Fits the speaker model (src/core/suggest/speakerModel.json): a logistic regression over the
 * candidate features of src/core/suggest/speakerCandidates.ts, one example per candidate of every
 * quotation the engine finds in PolNeAR train, labelled by the eval's own speaker match.
 * Deterministic (zero start, full-batch gradient descent). Reads the corpus from ../shared only.
 * Usage: `npm run fit:speakers [-- --corpus DIR]` (default: PolNeAR train in ../shared/corpus/polnear/train).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { Candidate } from '../src/core/suggest/speakerCandidates';
import { FEATURES } from '../src/core/suggest/speakerCandidates';
import type { SpeakerModel } from '../src/core/suggest/speakerModel';
import { suggestTraced } from '../src/core/suggest/suggestStatements';
import type { Suggestion } from '../src/core/suggest';
import { coreSpan, loadKeys, locate, matches, sameSpeaker } from './suggestEval/scoreKeys';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
// The shared corpus sits beside the main checkout (../shared) or beside the worktrees' folder (../../shared).
const dir =
  at >= 0
    ? (args[at + 1] ?? '')
    : (['../shared/corpus/polnear/train', '../../shared/corpus/polnear/train'].find(existsSync) ??
      '../shared/corpus/polnear/train');
if (!existsSync(dir)) {
  console.log(`No corpus at ${dir}; nothing fitted.`);
  process.exit(0);
}

/** One quotation: its candidates' features and which of them name the gold speaker. */
interface Group {
  x: number[][];
  y: number[];
}

/** The candidates of every quotation found in the corpus, ranked as `model` ranks them. */
function collect(model: SpeakerModel): { groups: Group[]; unreachable: number } {
  const groups: Group[] = [];
  let unreachable = 0;
  for (const { key } of keys) {
    const seen: { s: Suggestion; cands: Candidate[] }[] = [];
    suggestTraced(key.text, (s, cands) => seen.push({ s, cands }), model);
    const gold = key.quotes
      .filter((q) => q.kind !== 'indirect' && q.speaker !== null)
      .map((q) => ({ q, span: locate(key.text, q.text) }));
    for (const { s, cands } of seen) {
      const span = coreSpan(key.text, s);
      const g = gold.find((k) => k.span && matches(k.span, span));
      if (!g?.q.speaker || cands.length === 0) continue;
      const labels = cands.map((c) => (sameSpeaker(key, g.q.speaker as string, c.name) ? 1 : 0));
      if (labels.includes(1)) groups.push({ x: cands.map((c) => c.f), y: labels });
      else unreachable++;
    }
  }
  return { groups, unreachable };
}

/**
 * Conditional logit: the candidates of one quotation compete (softmax), so the weights learn
 * to rank rather than to judge each candidate alone. Zero start, full batch: deterministic.
 */
function fit(groups: Group[]): number[] {
  const d = FEATURES.length;
  const w = new Float64Array(d);
  // Chosen by two-fold cross-validation on PolNeAR train (speaker accuracy on the held-out half:
  // 0.805 at 3e-3, 0.809 at 1e-3, 0.813 at 3e-4, 0.810 at 1e-4).
  const L2 = 3e-4;
  const rate = 2;
  // Each candidate as its non-zero features only (index, value): most are zero, so the sums skip them.
  // The arithmetic is the same as the dense one, in the same order, so the result is unchanged.
  const packed = groups.map(({ x, y }) => ({
    rows: x.map((f) => {
      const idx: number[] = [];
      const val: number[] = [];
      for (let j = 0; j < d; j++) {
        const v = f[j] ?? 0;
        if (v !== 0) {
          idx.push(j);
          val.push(v);
        }
      }
      return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
    }),
    y,
    pos: y.reduce((a, v) => a + v, 0),
  }));
  const z = new Float64Array(Math.max(...packed.map((g) => g.rows.length)));
  for (let it = 0; it < 5000; it++) {
    const gw = new Float64Array(d);
    for (const { rows, y, pos } of packed) {
      const n = rows.length;
      let top = -Infinity;
      for (let i = 0; i < n; i++) {
        const { idx, val } = rows[i] as { idx: Int32Array; val: Float64Array };
        let v = 0;
        for (let k = 0; k < idx.length; k++) v += (val[k] ?? 0) * (w[idx[k] ?? 0] ?? 0);
        z[i] = v;
        if (v > top) top = v;
      }
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Math.exp((z[i] ?? 0) - top);
      for (let i = 0; i < n; i++) {
        const err = Math.exp((z[i] ?? 0) - top) / sum - (y[i] ?? 0) / pos;
        if (err === 0) continue;
        const { idx, val } = rows[i] as { idx: Int32Array; val: Float64Array };
        for (let k = 0; k < idx.length; k++) gw[idx[k] ?? 0] = (gw[idx[k] ?? 0] ?? 0) + err * (val[k] ?? 0);
      }
    }
    for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - rate * ((gw[j] ?? 0) / packed.length + L2 * (w[j] ?? 0));
  }
  return Array.from(w);
}

// The features "spoke before" and "previous speaker" depend on the speakers already chosen, so the
// examples depend on the model ranking them. Two fixed rounds (the rules' pick alone, then the
// first fit) make the result depend on the code and the corpus only, never on the shipped weights.
const keys = loadKeys(dir);
let model: SpeakerModel = { features: ['rule'], weights: [1], bias: 0 };
let w: number[] = [];
let last = { groups: [] as Group[], unreachable: 0 };
for (let round = 0; round < 2; round++) {
  last = collect(model);
  w = fit(last.groups);
  model = { features: [...FEATURES], weights: w, bias: 0 };
}
const b = 0;
const groups = last.groups.length;
const unreachable = last.unreachable;
const G = last.groups;

const round = (v: number): number => Math.round(v * 1e4) / 1e4;
const fitted = { features: [...FEATURES], weights: w.map(round), bias: round(b) };
// Written as Prettier writes it, so `npm run lint` passes on a freshly fitted model.
const out = 'src/core/suggest/speakerModel.json';
const options = (await resolveConfig(out)) ?? {};
writeFileSync(out, await format(JSON.stringify(fitted), { ...options, filepath: out }));
console.log(
  `${groups} quotations (${G.reduce((a, g) => a + g.x.length, 0)} candidates) fitted; ${unreachable} had no right candidate.`,
);
for (const [i, f] of FEATURES.entries()) console.log(`  ${f.padEnd(16)} ${(w[i] ?? 0).toFixed(3)}`);
