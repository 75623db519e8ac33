/** The median of some timings (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile by linear interpolation between closest ranks. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (rank - low);
}

/** Run `once` a warm-up time, then `runs` times, and return the timed runs. */
export async function repeat(runs: number, once: (run: number) => Promise<number>): Promise<number[]> {
  await once(-1);
  const values: number[] = [];
  for (let run = 0; run < runs; run++) values.push(await once(run));
  return values;
}
