import type { CDPSession } from '@playwright/test';
import { result, type BenchResult } from '../measure/BenchResult';
import { median } from '../measure/stats';
import { withHarness, type BenchContext } from './BenchContext';

const MB = 1024 * 1024;
type Export = { ms: number; bytes: number };

/**
 * The page's JavaScript heap while the 100,000-statement library is
 * exported, our way (a page of records at a time into a Blob) and the whole
 * way it was done before (every record, one envelope, one text), runs
 * alternating after a warm-up of each.
 *
 * The heap is V8's used size (CDP Performance.getMetrics, JSHeapUsedSize),
 * sampled every few milliseconds while the export runs (Chromium answers
 * that call between JavaScript steps, even inside a long task) and counted
 * above what it held at rest just before (after a forced collection): what
 * the export itself holds. A Blob's bytes are not in that heap: they go to
 * the browser's blob store, as the download's own bytes do whichever way
 * the file is made.
 */
export async function exportMemoryScenario(bench: BenchContext, file: string): Promise<BenchResult[]> {
  return withHarness(bench, async (page) => {
    await page.evaluate(async (url) => {
      const json = await (await fetch(url)).text();
      await window.bench?.clear();
      await window.bench?.importOurs(json);
    }, `/bench/data/${file}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const ours = { ms: [] as number[], heap: [] as number[] };
    const whole = { ms: [] as number[], heap: [] as number[] };
    let bytes = 0;
    for (let run = -1; run < bench.runs; run++) {
      const a = await heapDuring(cdp, () => page.evaluate(() => window.bench?.exportOurs() as Promise<Export>));
      const b = await heapDuring(cdp, () => page.evaluate(() => window.bench?.exportWhole() as Promise<Export>));
      if (a.done.bytes !== b.done.bytes) throw new Error('the exports differ in size');
      bytes = a.done.bytes;
      bench.log(
        `  export100k: ours ${a.done.ms.toFixed(0)} ms, +${a.peak.toFixed(0)} MB (${a.samples} samples) | whole ${b.done.ms.toFixed(0)} ms, +${b.peak.toFixed(0)} MB (${b.samples} samples)`,
      );
      if (run < 0) continue;
      ours.ms.push(a.done.ms);
      ours.heap.push(a.peak);
      whole.ms.push(b.done.ms);
      whole.heap.push(b.peak);
    }
    await page.evaluate(() => window.bench?.clear());
    const fileMb = bytes / MB;
    const heap = median(ours.heap);
    return [
      result('export100k.file_mb', fileMb, 'MB'),
      result('export100k.ours_ms', median(ours.ms), 'ms'),
      result('export100k.heap_peak_mb', heap, 'MB', { atMost: Math.round(2 * fileMb) }),
      result('export100k.heap_peak_over_file', heap / fileMb, 'ratio', { atMost: 2 }),
      result('export100k.whole_ms', median(whole.ms), 'ms'),
      result('export100k.whole_heap_peak_mb', median(whole.heap), 'MB'),
    ];
  });
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** Run `work`, sampling the used heap until it ends; the peak above the heap at rest before it, in MB. */
async function heapDuring<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ done: T; peak: number; samples: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const rest = await usedHeap(cdp);
  let peak = rest;
  let samples = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await usedHeap(cdp));
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    const done = await work();
    return { done, peak: (peak - rest) / MB, samples };
  } finally {
    running = false;
    await sampler;
  }
}
