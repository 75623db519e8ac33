/**
 * Scores the suggestion engine against every answer key in test/fixtures/corpus:
 * direct+mixed quote precision/recall/F1, speaker accuracy, indirect recall, and speed.
 * Exits 1 when a figure falls below its floor (scripts/suggestFloors.ts), so
 * `npm test` fails on a regression. Usage: `npm run eval:suggest`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { suggestStatements, type Suggestion } from '../src/core/suggest';
import { belowFloors, SUGGEST_FLOORS } from './suggestFloors';

interface KeyQuote {
  speaker: string;
  kind: string;
  text: string;
}
interface Key {
  text: string;
  speakers: { name: string; aliases?: string[] }[];
  quotes: KeyQuote[];
}

const DIR = 'test/fixtures/corpus';
const EDGE = /^[\s"“”‘’'«».,;:!?—–-]+|[\s"“”‘’'«».,;:!?—–-]+$/g;

function locate(text: string, quote: string): [number, number] | null {
  const core = quote.replace(EDGE, '');
  const at = text.indexOf(core);
  return at < 0 || core.length === 0 ? null : [at, at + core.length];
}

function core(text: string, s: Suggestion): [number, number] {
  const inner = text.slice(s.start, s.end);
  const lead = inner.length - inner.replace(/^[\s"“”‘’'«».,;:!?—–-]+/, '').length;
  const trail = inner.length - inner.replace(/[\s"“”‘’'«».,;:!?—–-]+$/, '').length;
  return [s.start + lead, s.end - trail];
}

const matches = (key: [number, number], p: [number, number]): boolean =>
  Math.max(0, Math.min(key[1], p[1]) - Math.max(key[0], p[0])) >= 0.8 * (key[1] - key[0]);

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

function sameSpeaker(key: Key, expected: string, got: string | null): boolean {
  if (!got) return false;
  const entry = key.speakers.find((s) => s.name === expected);
  const names = [expected, ...(entry?.aliases ?? [])].map(norm);
  const g = norm(got);
  const surname = (n: string): string => n.split(' ').pop() ?? '';
  return names.includes(g) || surname(norm(expected)) === surname(g);
}

const rows: string[][] = [];
const total = { tp: 0, pred: 0, gold: 0, found: 0, spOk: 0, spN: 0, ind: 0, indN: 0 };
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const key = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Key;
  const sugg = suggestStatements(key.text);
  const preds = sugg.filter((s) => s.kind !== 'indirect').map((s) => ({ s, span: core(key.text, s) }));
  const gold = key.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ q, span: locate(key.text, q.text) }));
  const t = { tp: 0, found: 0, spOk: 0, ind: 0 };
  for (const p of preds) if (gold.some((g) => g.span && matches(g.span, p.span))) t.tp++;
  for (const g of gold) {
    const hit = preds.find((p) => g.span && matches(g.span, p.span));
    if (!hit) continue;
    t.found++;
    if (sameSpeaker(key, g.q.speaker, hit.s.speaker)) t.spOk++;
  }
  const indKeys = key.quotes.filter((q) => q.kind === 'indirect');
  const indPreds = sugg.filter((s) => s.kind === 'indirect').map((s) => core(key.text, s));
  for (const q of indKeys) {
    const span = locate(key.text, q.text);
    if (span && indPreds.some((p) => matches(span, p))) t.ind++;
  }
  const p = preds.length ? t.tp / preds.length : 1;
  const r = gold.length ? t.found / gold.length : 1;
  rows.push([
    file.replace(/\.json$/, ''),
    p.toFixed(2),
    r.toFixed(2),
    (p + r ? (2 * p * r) / (p + r) : 0).toFixed(2),
    `${t.spOk}/${t.found}`,
    `${t.ind}/${indKeys.length}`,
  ]);
  Object.assign(total, {
    tp: total.tp + t.tp,
    pred: total.pred + preds.length,
    gold: total.gold + gold.length,
    found: total.found + t.found,
    spOk: total.spOk + t.spOk,
    spN: total.spN + t.found,
    ind: total.ind + t.ind,
    indN: total.indN + indKeys.length,
  });
}
const P = total.pred ? total.tp / total.pred : 1;
const R = total.gold ? total.found / total.gold : 1;
rows.push([
  'OVERALL',
  P.toFixed(2),
  R.toFixed(2),
  ((2 * P * R) / (P + R || 1)).toFixed(2),
  `${(total.spOk / (total.spN || 1)).toFixed(2)} (${total.spOk}/${total.spN})`,
  `${(total.ind / (total.indN || 1)).toFixed(2)} (${total.ind}/${total.indN})`,
]);
const head = ['article', 'quote P', 'quote R', 'quote F1', 'speaker acc', 'indirect R'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));

const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Key).text);
let big = '';
while (big.split(/\s+/).length < 10000) big += `${texts.join('\n\n')}\n\n`;
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const t0 = performance.now();
  suggestStatements(big);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`\nspeed: median ${(times[10] ?? 0).toFixed(1)} ms for ${big.split(/\s+/).length} words`);

const failures = belowFloors(
  {
    quoteF1: (2 * P * R) / (P + R || 1),
    speakerAccuracy: total.spOk / (total.spN || 1),
    indirectRecall: total.ind / (total.indN || 1),
  },
  SUGGEST_FLOORS,
);
for (const failure of failures) console.error(`FAIL: ${failure}`);
if (failures.length > 0) process.exitCode = 1;
