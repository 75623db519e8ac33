import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** A cell of the grid: [row, column], from 0. */
export type GridCell = readonly [row: number, column: number];

const MOVES: Record<string, GridCell> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

type Options = {
  rows: number;
  columns: number;
  /** The cell holding the grid's one Tab stop (its button has tabIndex 0, every other -1). */
  active: GridCell;
  onActiveChange: (cell: GridCell) => void;
  /** The element holding the cells, each a button with data-row and data-column. */
  container: RefObject<HTMLElement | null>;
};

/**
 * Roving tabindex over a grid of buttons that may not all be in the page
 * (a virtualised table): one Tab stop, arrow keys move between cells, Home
 * and End go to the row's first and last cell. The cell a key moves to is
 * focused as soon as it is rendered (the table keeps the active cell
 * rendered) and scrolled into view. Cells are found by their data-row and
 * data-column, and the handlers go on their container, so cells need no
 * callbacks of their own.
 */
export function useRovingGrid({ rows, columns, active, onActiveChange, container }: Options) {
  const pending = useRef<GridCell | null>(null);

  const focusPending = () => {
    const target = pending.current;
    const element =
      target && container.current?.querySelector<HTMLElement>(`[data-row="${target[0]}"][data-column="${target[1]}"]`);
    if (!element) return;
    pending.current = null;
    // focus() alone would centre the cell; "nearest" moves the view only as
    // far as needed, one row or column at a time. The scroll box's
    // scroll-padding keeps the cell clear of the sticky headers, and the page
    // scrolls too if the box itself is partly out of view.
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  // After each render: the cell a key moved to may only now be in the page.
  useLayoutEffect(focusPending);

  const onKeyDown = (event: KeyboardEvent) => {
    const from = cellOf(event.target);
    if (!from) return;
    const [r, c] = from;
    const move = MOVES[event.key];
    let target: GridCell | null = null;
    if (move) target = [clamp(r + move[0], rows), clamp(c + move[1], columns)];
    else if (event.key === 'Home') target = [r, 0];
    else if (event.key === 'End') target = [r, columns - 1];
    if (!target) return;
    event.preventDefault();
    onActiveChange(target);
    pending.current = target;
    focusPending();
  };

  const onFocus = (event: FocusEvent) => {
    const cell = cellOf(event.target);
    if (cell && (cell[0] !== active[0] || cell[1] !== active[1])) onActiveChange(cell);
  };

  return { onKeyDown, onFocus };
}

/** The grid cell an event happened on, from its data-row and data-column; null outside any cell. */
export function cellOf(target: EventTarget | null): GridCell | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-row][data-column]') : null;
  if (!element) return null;
  const row = Number(element.dataset.row);
  const column = Number(element.dataset.column);
  return Number.isInteger(row) && Number.isInteger(column) ? [row, column] : null;
}

/** An active cell still inside a grid that may have shrunk (a filter took rows away). */
export function clampCell([row, column]: GridCell, rows: number, columns: number): GridCell {
  return [clamp(row, rows), clamp(column, columns)];
}

const clamp = (n: number, size: number) => Math.max(0, Math.min(size - 1, n));
