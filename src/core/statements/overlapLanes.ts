import { compareSpans, type TextSpan } from './readingOrder';

/**
 * One underline lane per span, so that spans covering the same character
 * never share a lane: interval-graph colouring in text order. Spans are taken
 * in reading order (compareSpans: by start, the longer first where two start
 * together, so the outer one keeps the lower lane), and each takes the
 * lowest lane no span still open holds. The result depends on the spans
 * alone, never on what is on screen, so a statement keeps its lane while the
 * article scrolls or loads. Empty or inverted spans cover nothing and get
 * lane 0. Returns lanes in input order.
 */
export function overlapLanes(spans: readonly TextSpan[]): number[] {
  const lanes = new Array<number>(spans.length).fill(0);
  const order = spans
    .map((_, i) => i)
    .filter((i) => spanOf(spans, i).start < spanOf(spans, i).end)
    .sort((a, b) => compareSpans(spanOf(spans, a), spanOf(spans, b)) || a - b);
  // The spans still open at the current start, with their lanes. Few at a
  // time (overlaps are shallow), so a plain list beats a heap.
  let open: { end: number; lane: number }[] = [];
  for (const i of order) {
    const { start, end } = spanOf(spans, i);
    open = open.filter((o) => o.end > start);
    let lane = 0;
    while (open.some((o) => o.lane === lane)) lane++;
    lanes[i] = lane;
    open.push({ end, lane });
  }
  return lanes;
}

function spanOf(spans: readonly TextSpan[], i: number): TextSpan {
  return spans[i] ?? { start: 0, end: 0 };
}
