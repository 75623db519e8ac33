import { result, type BenchResult } from '../measure/BenchResult';
import { median } from '../measure/stats';
import { withHarness, type BenchContext } from './BenchContext';

/**
 * Import the 10,000-statement library through the app's path into an empty
 * store, against JSON.parse plus one raw IndexedDB transaction; then export
 * it through the app's path (up to the Blob the download is made from)
 * against JSON.stringify of the same records
 * (the floor) and against raw getAll reads of the same store plus
 * that stringify (the floor once records have to come out of IndexedDB),
 * and against the same records read from the fastest layout we measured
 * (bench/pages/bytesFloor.ts): what any export out of IndexedDB costs.
 * Runs alternate ours and floor after a warm-up of each.
 */
export async function exchangeScenario(bench: BenchContext, file: string): Promise<BenchResult[]> {
  return withHarness(bench, async (page) => {
    const timings = await page.evaluate(
      async ({ url, runs }) => {
        const bench = window.bench;
        if (!bench) throw new Error('no harness');
        const json = await (await fetch(url)).text();
        const imports = { ours: [] as number[], floor: [] as number[] };
        for (let run = -1; run < runs; run++) {
          await bench.clear();
          const ours = await bench.importOurs(json);
          await bench.clear();
          const floor = await bench.importFloor(json);
          if (run >= 0) {
            imports.ours.push(ours);
            imports.floor.push(floor);
          }
        }
        await bench.importOurs(json);
        let exported = 0;
        const exports = {
          ours: [] as number[],
          floor: [] as number[],
          readFloor: [] as number[],
          bytesFloor: [] as number[],
        };
        for (let run = -1; run < runs; run++) {
          const ours = await bench.exportOurs();
          exported = ours.bytes;
          const floor = await bench.exportFloor();
          const readFloor = await bench.exportReadFloor();
          if (ours.bytes !== floor.bytes || ours.bytes !== readFloor.bytes)
            throw new Error('the exports differ in size');
          if (run >= 0) {
            exports.ours.push(ours.ms);
            exports.floor.push(floor.ms);
            exports.readFloor.push(readFloor.ms);
          }
        }
        // Apart, after the others: with its 6 MB of values about, the app's export ran ~50% slower.
        await bench.prepareBytesFloor();
        for (let run = -1; run < runs; run++) {
          const bytesFloor = await bench.exportBytesFloor();
          if (bytesFloor.bytes !== exported) throw new Error('the exports differ in size');
          if (run >= 0) exports.bytesFloor.push(bytesFloor.ms);
        }
        return { imports, exports };
      },
      { url: `/bench/data/${file}`, runs: bench.runs },
    );
    const importOurs = median(timings.imports.ours);
    const importFloor = median(timings.imports.floor);
    const exportOurs = median(timings.exports.ours);
    const exportFloor = median(timings.exports.floor);
    const exportReadFloor = median(timings.exports.readFloor);
    const exportBytesFloor = median(timings.exports.bytesFloor);
    bench.log(
      `  import: ours ${timings.imports.ours.map((t) => t.toFixed(0)).join(' ')} | floor ${timings.imports.floor.map((t) => t.toFixed(0)).join(' ')}`,
    );
    bench.log(
      `  export: ours ${timings.exports.ours.map((t) => t.toFixed(0)).join(' ')} | floor ${timings.exports.floor.map((t) => t.toFixed(0)).join(' ')} | bytes floor ${timings.exports.bytesFloor.map((t) => t.toFixed(0)).join(' ')}`,
    );
    return [
      result('import10k.ours_ms', importOurs, 'ms'),
      result('import10k.floor_ms', importFloor, 'ms'),
      result('import10k.ours_over_floor', importOurs / importFloor, 'ratio', { atMost: 2.5 }),
      result('export10k.ours_ms', exportOurs, 'ms'),
      result('export10k.floor_ms', exportFloor, 'ms'),
      result('export10k.ours_over_floor', exportOurs / exportFloor, 'ratio'),
      result('export10k.read_floor_ms', exportReadFloor, 'ms'),
      result('export10k.ours_over_read_floor', exportOurs / exportReadFloor, 'ratio', { atMost: 0.75 }),
      result('export10k.bytes_floor_ms', exportBytesFloor, 'ms'),
      result('export10k.bytes_floor_over_floor', exportBytesFloor / exportFloor, 'ratio'),
      result('export10k.ours_over_bytes_floor', exportOurs / exportBytesFloor, 'ratio', { atMost: 1.5 }),
    ];
  });
}
