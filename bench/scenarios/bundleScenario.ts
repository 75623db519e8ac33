import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, type BenchResult } from '../measure/BenchResult';
import type { BenchContext } from './BenchContext';

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/**
 * JavaScript the Library route loads (every script response of a fresh tab
 * on #/, once idle), and all the app's JavaScript in dist/assets, gzipped.
 */
export async function bundleScenario(bench: BenchContext, dist: string): Promise<BenchResult[]> {
  const page = await bench.context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js') && !path.startsWith('/bench/')) scripts.add(path);
  });
  try {
    await page.goto(`${bench.baseUrl}/#/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  } finally {
    await page.close();
  }
  const initial = [...scripts].reduce((sum, path) => sum + gzipKb(join(dist, path)), 0);
  const assets = join(dist, 'assets');
  const total = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipKb(join(assets, f)), 0);
  bench.log(`  library route scripts: ${[...scripts].join(', ')}`);
  return [
    result('bundle.initial_kb_gzip', initial, 'kB', { atMost: 180 }),
    result('bundle.total_kb_gzip', total, 'kB'),
  ];
}
