import type { SpeakerTimeline } from '../../core/review/stanceTimeline';

const DAY_MS = 86_400_000;
const dayMs = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** Maps dates and scores to chart coordinates over the span of all points. */
export function timelineScale(
  timelines: readonly SpeakerTimeline[],
  box: { left: number; right: number; top: number; bottom: number },
) {
  const times = timelines.flatMap((t) => t.points.map((p) => dayMs(p.date))).filter(Number.isFinite);
  let first = times.length ? Math.min(...times) : 0;
  let last = times.length ? Math.max(...times) : DAY_MS;
  if (first === last) {
    first -= DAY_MS;
    last += DAY_MS;
  }
  const x = (date: string) => box.left + ((dayMs(date) - first) / (last - first)) * (box.right - box.left);
  const y = (score: number) => box.top + ((1 - score) / 2) * (box.bottom - box.top);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const ticks = [first, (first + last) / 2, last].map((ms) => iso(ms));
  return { x, y, ticks: [...new Set(ticks)] };
}

/** Vertical places for the line-end labels, pushed apart so none overlap. */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = new Array<number>(ys.length).fill(0);
  let previous = -Infinity;
  for (const { y, i } of order) {
    const at = Math.max(y, previous + gap);
    placed[i] = at;
    previous = at;
  }
  return placed;
}
