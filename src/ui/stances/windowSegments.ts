/** A rendered row or column of a virtualised table, where it lies along the scroll axis. */
export interface PlacedItem {
  index: number;
  start: number;
  end: number;
}

/** What to render along one axis: the items, with blank stretches standing in for the rest. */
export type WindowSegment = { kind: 'item'; index: number } | { kind: 'gap'; key: string; size: number };

/**
 * The rendered items in order with the gaps between them, from `from`
 * (where the first item would start) to `to` (the end of the last one):
 * a blank before the window, one between the window and a pinned item
 * outside it (the focused cell), and one after. Gaps of zero are left out.
 */
export function windowSegments(items: readonly PlacedItem[], from: number, to: number): WindowSegment[] {
  const segments: WindowSegment[] = [];
  let at = from;
  for (const item of items) {
    if (item.start > at) segments.push({ kind: 'gap', key: `gap-${item.index}`, size: item.start - at });
    segments.push({ kind: 'item', index: item.index });
    at = Math.max(at, item.end);
  }
  if (to > at) segments.push({ kind: 'gap', key: 'gap-end', size: to - at });
  return segments;
}

/**
 * A range of indexes with one more kept in it (the focused cell's row or
 * column), sorted: the virtualiser's rangeExtractor, so the cell that has
 * focus is never unmounted by scrolling away from it.
 */
export function withPinned(indexes: readonly number[], pinned: number, count: number): number[] {
  if (pinned < 0 || pinned >= count || indexes.includes(pinned)) return [...indexes];
  return [...indexes, pinned].sort((a, b) => a - b);
}
