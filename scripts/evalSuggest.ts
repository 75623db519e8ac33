/**
 * Scores the suggestion engine against a folder of answer keys (default test/fixtures/corpus):
 * direct+mixed quote precision/recall/F1, speaker accuracy with the causes of wrong speakers,
 * indirect recall, and speed. On the default folder it exits 1 when a figure falls below its
 * floor (scripts/suggestFloors.ts), so `npm test` fails on a regression.
 * Usage: `npm run eval:suggest [-- --corpus DIR] [-- --quiet]` (--quiet: totals only).
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { suggestStatements } from '../src/core/suggest';
import { addTally, CAUSES, emptyTally, figures, loadKeys, scoreArticle } from './suggestEval/scoreKeys';
import { belowFloors, SUGGEST_FLOORS } from './suggestFloors';

const DEFAULT_DIR = 'test/fixtures/corpus';
const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const dir = at >= 0 ? (args[at + 1] ?? '') : DEFAULT_DIR;
const quiet = args.includes('--quiet');
if (!existsSync(dir)) {
  console.error(`No answer keys at ${dir}: pass --corpus with a folder of *.json keys.`);
  process.exit(2);
}

const keys = loadKeys(dir);
const rows: string[][] = [];
const total = emptyTally();
for (const { file, key } of keys) {
  const t = scoreArticle(key, suggestStatements(key.text));
  addTally(total, t);
  const f = figures(t);
  if (!quiet)
    rows.push([file, f.p.toFixed(2), f.r.toFixed(2), f.f1.toFixed(2), `${t.spOk}/${t.spN}`, `${t.ind}/${t.indN}`]);
}
const F = figures(total);
rows.push([
  'OVERALL',
  F.p.toFixed(2),
  F.r.toFixed(2),
  F.f1.toFixed(2),
  `${F.speakerAccuracy.toFixed(2)} (${total.spOk}/${total.spN})`,
  `${F.indirectRecall.toFixed(2)} (${total.ind}/${total.indN})`,
]);
const head = ['article', 'quote P', 'quote R', 'quote F1', 'speaker acc', 'indirect R'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
console.log(`\n${keys.length} articles. Wrong speakers by cause (of ${total.spN - total.spOk}):`);
for (const c of CAUSES) console.log(`  ${c.padEnd(22)} ${total.causes[c]}`);

// About 10,000 words of the corpus's own articles, repeated when the corpus is small.
let big = '';
for (let i = 0; big.split(/\s+/).length < 10000; i++) big += `${keys[i % keys.length]?.key.text ?? 'x'}\n\n`;
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const t0 = performance.now();
  suggestStatements(big);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`\nspeed: median ${(times[10] ?? 0).toFixed(1)} ms for ${big.split(/\s+/).length} words`);

if (dir === DEFAULT_DIR) {
  const failures = belowFloors(
    { quoteF1: F.f1, speakerAccuracy: F.speakerAccuracy, indirectRecall: F.indirectRecall },
    SUGGEST_FLOORS,
  );
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}
