import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';
import { MATRIX_GEOMETRY as SIZE, MATRIX_OVERSCAN } from './matrixGeometry';
import type { GridCell } from './useRovingGrid';
import { windowSegments, withPinned } from './windowSegments';

// While the scroll box has no size (not laid out yet, or a test's DOM
// without layout), count with a modest box: the virtualisers would
// otherwise render no cell at all, not even the one with the Tab stop.
const INITIAL_RECT: Rect = { width: 960, height: 480 };
// Before it is measured (the first render, whose layout effect measures it
// and renders again before anything is painted), count with no box: a few
// cells, not a guessed window's worth that the second render then changes,
// each cell created and laid out twice.
const UNMEASURED: Rect = { width: 0, height: 0 };
const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => report(rect.width > 0 && rect.height > 0 ? rect : INITIAL_RECT));

/**
 * Which rows (speakers) and columns (topics) of the matrix to render: those
 * in view in the scroll box, a few either side, and always the active
 * cell's row and column, so the cell with focus stays in the page (and can
 * be scrolled to: every rendered cell sits where it would in the full
 * table). Both axes scroll the same box; its sticky header row and speaker
 * column are the virtualisers' padding.
 */
export function useMatrixWindow(
  scrollBox: RefObject<HTMLDivElement | null>,
  rows: number,
  columns: number,
  active: GridCell,
) {
  const getScrollElement = useCallback(() => scrollBox.current, [scrollBox]);
  const [activeRow, activeColumn] = active;
  const rowRange = useCallback(
    (range: Range) => withPinned(defaultRangeExtractor(range), activeRow, rows),
    [activeRow, rows],
  );
  const columnRange = useCallback(
    (range: Range) => withPinned(defaultRangeExtractor(range), activeColumn, columns),
    [activeColumn, columns],
  );

  // Both virtualisers re-render this hook's component themselves; nothing here memoises their functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowAxis = useVirtualizer({
    count: rows,
    getScrollElement,
    estimateSize: () => SIZE.row,
    paddingStart: SIZE.header,
    overscan: MATRIX_OVERSCAN.rows,
    rangeExtractor: rowRange,
    initialRect: UNMEASURED,
    observeElementRect: observeRect,
  });
  const columnAxis = useVirtualizer({
    horizontal: true,
    count: columns,
    getScrollElement,
    estimateSize: () => SIZE.column,
    paddingStart: SIZE.rowHeader,
    overscan: MATRIX_OVERSCAN.columns,
    rangeExtractor: columnRange,
    initialRect: UNMEASURED,
    observeElementRect: observeRect,
  });

  const height = rowAxis.getTotalSize();
  const width = columnAxis.getTotalSize();
  return {
    /** The full table's width, which the fixed table layout needs. */
    width,
    rows: windowSegments(rowAxis.getVirtualItems(), SIZE.header, height),
    columns: windowSegments(columnAxis.getVirtualItems(), SIZE.rowHeader, width),
  };
}
