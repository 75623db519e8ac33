// Clears the underline lanes drawn below the selected line.
const BELOW_LINE_PX = 12;
// Room the floating actions need, so they never stick out of the column.
const ACTIONS_WIDTH_PX = 380;

/**
 * Where to float actions for `selection`: below the last line it covers,
 * starting at its end, in px from the top left of `frame` (which is
 * positioned, so they scroll with the text). Null when nothing is selected.
 */
export function selectionEndIn(frame: HTMLElement, selection: Selection | null): { left: number; top: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  // happy-dom has no layout, and no getClientRects on a range.
  if (typeof range.getClientRects !== 'function') return null;
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const last = rects[rects.length - 1];
  if (!last) return null;
  const box = frame.getBoundingClientRect();
  const left = Math.max(0, Math.min(last.right - box.left - 40, box.width - ACTIONS_WIDTH_PX));
  return { left, top: last.bottom - box.top + BELOW_LINE_PX };
}
