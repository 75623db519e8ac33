/**
 * Fits the speaker model (src/core/suggest/speakerModel.json): a logistic regression over the
 * candidate features of src/core/suggest/speakerCandidates.ts, one example per candidate of every
 * quotation the engine finds in PolNeAR train, labelled by the eval's own speaker match.
 * Deterministic (zero start, full-batch gradient descent). Reads the corpus from ../shared only.
 * Usage: `npx tsx scripts/fitSpeakerModel.ts [--corpus DIR]`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Candidate } from '../src/core/suggest/speakerCandidates';
import { FEATURES } from '../src/core/suggest/speakerCandidates';
import { suggestTraced } from '../src/core/suggest/suggestStatements';
import type { Suggestion } from '../src/core/suggest';
import { coreSpan, loadKeys, locate, matches, sameSpeaker } from './suggestEval/scoreKeys';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const dir = at >= 0 ? (args[at + 1] ?? '') : '../shared/corpus/polnear/train';
if (!existsSync(dir)) {
  console.log(`No corpus at ${dir}; nothing fitted.`);
  process.exit(0);
}

const X: number[][] = [];
const Y: number[] = [];
let groups = 0;
let unreachable = 0;
for (const { key } of loadKeys(dir)) {
  const seen: { s: Suggestion; cands: Candidate[] }[] = [];
  suggestTraced(key.text, (s, cands) => seen.push({ s, cands }));
  const gold = key.quotes.filter((q) => q.kind !== 'indirect' && q.speaker !== null).map((q) => ({ q, span: locate(key.text, q.text) }));
  for (const { s, cands } of seen) {
    const span = coreSpan(key.text, s);
    const g = gold.find((k) => k.span && matches(k.span, span));
    if (!g?.q.speaker || cands.length === 0) continue;
    const labels = cands.map((c) => (sameSpeaker(key, g.q.speaker as string, c.name) ? 1 : 0));
    if (!labels.includes(1)) {
      unreachable++;
      continue;
    }
    groups++;
    cands.forEach((c, i) => {
      X.push(c.f);
      Y.push(labels[i] ?? 0);
    });
  }
}

const d = FEATURES.length;
const w = new Array<number>(d).fill(0);
let b = 0;
const L2 = 1e-3;
const rate = 0.5;
for (let it = 0; it < 1500; it++) {
  const gw = new Array<number>(d).fill(0);
  let gb = 0;
  for (let n = 0; n < X.length; n++) {
    const x = X[n] as number[];
    let z = b;
    for (let j = 0; j < d; j++) z += (w[j] ?? 0) * (x[j] ?? 0);
    const err = 1 / (1 + Math.exp(-z)) - (Y[n] ?? 0);
    for (let j = 0; j < d; j++) gw[j] = (gw[j] ?? 0) + err * (x[j] ?? 0);
    gb += err;
  }
  for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - rate * ((gw[j] ?? 0) / X.length + L2 * (w[j] ?? 0));
  b -= (rate * gb) / X.length;
}

const round = (v: number): number => Math.round(v * 1e4) / 1e4;
const model = { features: [...FEATURES], weights: w.map(round), bias: round(b) };
writeFileSync('src/core/suggest/speakerModel.json', `${JSON.stringify(model, null, 2)}\n`);
console.log(`${groups} quotations (${X.length} candidates) fitted; ${unreachable} had no right candidate.`);
for (const [i, f] of FEATURES.entries()) console.log(`  ${f.padEnd(16)} ${(w[i] ?? 0).toFixed(3)}`);
