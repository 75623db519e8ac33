/**
 * `npm run bench`: build the app and the bench pages, generate the fixtures,
 * serve dist/ with vite preview, drive Debian's Chromium through every
 * scenario, print a table and write bench/results.json. A tool to run by
 * hand (BENCH_RUNS=n for more runs); it gates nothing.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorPage } from './floorPage';
import { busiestSpeaker } from './fixtures/busiestSpeaker';
import { generateLibrary } from './fixtures/generateLibrary';
import { openPageData } from './fixtures/openPageData';
import { EXPORT_100K, LIBRARY_100K, LIBRARY_10K, OPEN_ARTICLE, REVIEW_20K } from './fixtures/presets';
import { randomEdits } from './fixtures/randomEdits';
import type { BenchResult } from './measure/BenchResult';
import { startPreviewServer } from './measure/previewServer';
import { agreementScenario } from './scenarios/agreementScenario';
import type { BenchContext } from './scenarios/BenchContext';
import { seedLibrary } from './scenarios/BenchContext';
import { bundleScenario } from './scenarios/bundleScenario';
import { exchangeScenario } from './scenarios/exchangeScenario';
import { exportMemoryScenario } from './scenarios/exportMemoryScenario';
import { LIBRARY_QUERY, libraryScenario, searchSteps } from './scenarios/libraryScenario';
import { openScenario } from './scenarios/openScenario';
import { reanchorScenario } from './scenarios/reanchorScenario';
import { suggestScenario } from './scenarios/suggestScenario';
import { reviewScenario } from './scenarios/reviewScenario';
import { scrollScenario } from './scenarios/scrollScenario';
import { SYNC_PARTS, syncScenario } from './scenarios/syncScenario';
import { tagScenario } from './scenarios/tagScenario';
import { launchBenchChromium } from './measure/launchBenchChromium';
import { chromiumLaunch } from '../test/e2e/support/chromiumLaunch';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const port = Number(process.env.BENCH_PORT ?? 4380);
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const only = process.env.BENCH_ONLY?.split(',');
const log = (line: string) => console.log(line);

/** Scenarios that run in Node alone: a run of only these neither builds nor starts Chromium. */
const NODE_ONLY = ['agreement'];

async function main(): Promise<void> {
  const want = (name: string) => !only || only.includes(name);
  const results: BenchResult[] = [];
  if (!only || only.some((name) => !NODE_ONLY.includes(name))) await browserScenarios(want, results);
  if (want('agreement')) results.push(...(await step('agreement', () => agreementScenario(runs, log))));
  printTable(results);
  const out = join(root, 'bench', 'results.json');
  writeFileSync(out, `${JSON.stringify({ runs, machine: machine(), results: withEarlier(out, results) }, null, 2)}\n`);
  log(`\nWrote ${out}`);
}

/**
 * A run of some scenarios (BENCH_ONLY) replaces their figures in
 * results.json and keeps the others' from the last run, in their places.
 */
function withEarlier(file: string, results: BenchResult[]): BenchResult[] {
  if (!only || !existsSync(file)) return results;
  const earlier = (JSON.parse(readFileSync(file, 'utf8')) as { results?: BenchResult[] }).results ?? [];
  const fresh = new Map(results.map((r) => [r.name, r]));
  const kept = earlier.map((r) => fresh.get(r.name) ?? r);
  return [...kept, ...results.filter((r) => !earlier.some((e) => e.name === r.name))];
}

async function browserScenarios(want: (name: string) => boolean, results: BenchResult[]): Promise<void> {
  if (!process.env.BENCH_SKIP_BUILD) {
    log('Building the app and the bench pages…');
    execSync('npx vite build --logLevel warn && npx vite build -c bench/vite.config.ts', {
      cwd: root,
      stdio: 'inherit',
    });
  }
  log('Generating fixtures…');
  const open = await generateLibrary(OPEN_ARTICLE);
  const library10k = await generateLibrary(LIBRARY_10K);
  const review20k = await generateLibrary(REVIEW_20K);
  const data = join(dist, 'bench', 'data');
  mkdirSync(data, { recursive: true });
  const page = openPageData(open);
  writeFileSync(join(data, 'open.json'), JSON.stringify(page));
  writeFileSync(join(data, 'open-library.json'), JSON.stringify(open));
  writeFileSync(join(data, 'library-10k.json'), JSON.stringify(library10k));
  writeFileSync(join(data, 'review-20k.json'), JSON.stringify(review20k));
  if (want('export100k'))
    writeFileSync(join(data, 'export-100k.json'), JSON.stringify(await generateLibrary(EXPORT_100K)));
  // 50 MB and a few seconds to make: only when its scenario runs.
  const library100k = want('library') ? await generateLibrary(LIBRARY_100K) : undefined;
  if (library100k) writeFileSync(join(data, 'library-100k.json'), JSON.stringify(library100k));
  writeFileSync(join(dist, 'bench', 'floor.html'), floorPage(page));
  const anchors = open.statements.map((s) => s.quote);
  const edited = randomEdits(page.text, anchors, 100);
  const articleId = open.articles[0]?.id ?? '';

  const server = await startPreviewServer(port);
  const browser = await launchBenchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx names the functions it compiles with a helper the page lacks.
  await context.addInitScript('window.__name = (f) => f');
  const bench: BenchContext = { browser, context, baseUrl: server.url, runs, log };
  try {
    if (want('bundle')) results.push(...(await step('bundle', () => bundleScenario(bench, dist))));
    if (want('open') || want('tag') || want('scroll')) await seedLibrary(bench, 'open-library.json');
    if (want('open')) results.push(...(await step('open', () => openScenario(bench, articleId))));
    if (want('scroll')) results.push(...(await step('scroll', () => scrollScenario(bench, articleId))));
    if (want('tag')) results.push(...(await step('tag', () => tagScenario(bench, articleId))));
    if (want('suggest')) results.push(...(await step('suggest', () => suggestScenario(bench, page.text))));
    if (want('reanchor')) results.push(...(await step('reanchor', () => reanchorScenario(bench, anchors, edited))));
    if (want('exchange')) results.push(...(await step('exchange', () => exchangeScenario(bench, 'library-10k.json'))));
    if (want('export100k'))
      results.push(...(await step('export100k', () => exportMemoryScenario(bench, 'export-100k.json'))));
    if (want('review')) {
      await seedLibrary(bench, 'review-20k.json');
      results.push(...(await step('review', () => reviewScenario(bench, busiestSpeaker(review20k)))));
    }
    if (library100k) {
      await seedLibrary(bench, 'library-100k.json');
      const steps = searchSteps(library100k, LIBRARY_QUERY);
      results.push(...(await step('library', () => libraryScenario(bench, steps))));
    }
    const syncParts = SYNC_PARTS.filter((part) => want('sync') || want(`sync.${part}`));
    if (syncParts.length > 0)
      results.push(...(await step('sync', () => syncScenario(bench, root, library10k, syncParts))));
  } finally {
    await browser.close();
    server.stop();
  }
}

async function step(name: string, work: () => Promise<BenchResult[]>): Promise<BenchResult[]> {
  log(`▶ ${name}`);
  return work();
}

function printTable(results: BenchResult[]): void {
  log('');
  log(`${'name'.padEnd(28)} ${'value'.padStart(10)} unit    target   holds`);
  for (const r of results) {
    log(
      `${r.name.padEnd(28)} ${String(r.value).padStart(10)} ${r.unit.padEnd(7)} ${(r.target ?? '').padEnd(8)} ${r.target ? (r.holds ? 'yes' : 'NO') : ''}`,
    );
  }
}

function machine(): string {
  return execSync(`nproc && uname -sr && ${chromiumLaunch.executablePath} --version 2>/dev/null || true`)
    .toString()
    .trim()
    .split('\n')
    .join(' · ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
