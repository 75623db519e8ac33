import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Render a chart into an element that is never in the page, hand its
 * <svg> to `read`, and unmount it again. For charts that would be too
 * costly to keep rendered (the whole stance matrix): they are drawn only
 * when saved. `read` must take what it needs before it returns.
 */
export function drawDetached<T>(chart: ReactElement, read: (svg: SVGSVGElement) => T): T {
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(chart));
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('The chart could not be drawn.');
    return read(svg);
  } finally {
    root.unmount();
  }
}
