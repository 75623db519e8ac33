import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Roving tabindex over a grid of buttons: one Tab stop, arrow keys move
 * between cells, Home and End go to the row's first and last cell.
 */
export function useRovingGrid(rows: number, columns: number) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const cells = useRef(new Map<string, HTMLElement>());
  const row = Math.min(active[0], Math.max(rows - 1, 0));
  const column = Math.min(active[1], Math.max(columns - 1, 0));

  const register = useCallback(
    (r: number, c: number) => (element: HTMLElement | null) => {
      if (element) cells.current.set(`${r},${c}`, element);
      else cells.current.delete(`${r},${c}`);
    },
    [],
  );

  const moveTo = (r: number, c: number) => {
    setActive([r, c]);
    cells.current.get(`${r},${c}`)?.focus();
  };

  const onKeyDown = (r: number, c: number) => (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    let target: [number, number] | null = null;
    if (move) target = [clamp(r + move[0], rows), clamp(c + move[1], columns)];
    else if (event.key === 'Home') target = [r, 0];
    else if (event.key === 'End') target = [r, columns - 1];
    if (!target) return;
    event.preventDefault();
    moveTo(target[0], target[1]);
  };

  return {
    tabIndex: (r: number, c: number) => (r === row && c === column ? 0 : -1),
    register,
    onKeyDown,
    onFocus: (r: number, c: number) => () => setActive([r, c]),
  };
}

const clamp = (n: number, size: number) => Math.max(0, Math.min(size - 1, n));
