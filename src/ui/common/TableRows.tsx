import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  count: number;
  /** A stable key for the row at this index. */
  rowKey: (index: number) => string;
  /** The cells of the row at this index. */
  row: (index: number) => ReactNode;
  /** A row's height before it is measured, in pixels. */
  estimateSize: number;
}

/**
 * Up to this many rows render whole (find-in-page sees them all); longer
 * tables render only what is in view. About what a window renders anyway (a
 * screen of rows and the margin), so no render of either kind costs much
 * more than the other: at 200, a search narrowing 1,000 articles to 104
 * rendered all 104 and took several times as long as the keystrokes before.
 */
export const VIRTUALISE_ABOVE = 50;

/**
 * The body of a table whose rows may run into thousands (a library's
 * articles, the speaker registry): whole when short, windowed when long.
 * Each row stays a real row of the table, so it is found by its role and
 * name; the rows out of view are left out, with aria-rowindex on each
 * rendered row so assistive technology still knows where it is (the table
 * carries aria-rowcount: see tableRowCount).
 */
export function TableRows(props: Props) {
  if (props.count <= VIRTUALISE_ABOVE)
    return (
      <tbody>
        {Array.from({ length: props.count }, (_, index) => (
          <tr key={props.rowKey(index)}>{props.row(index)}</tr>
        ))}
      </tbody>
    );
  return <WindowedRows {...props} />;
}

/** The table's aria-rowcount (its rows and one header row) when its body is windowed. */
export function tableRowCount(count: number): number | undefined {
  return count > VIRTUALISE_ABOVE ? count + 1 : undefined;
}

/** The rows in view of the window (plus a margin), between two spacer rows standing for the rest. */
function WindowedRows({ count, rowKey, row, estimateSize }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the body starts on the page: what lies above it (notices, the
  // toolbar) changes its place, and with it which rows are in view.
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const measure = () => setTop(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    getItemKey: rowKey,
    overscan: 10,
    scrollMargin: top,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - top : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - top) : 0;
  return (
    <tbody ref={body}>
      {before > 0 && <tr aria-hidden="true" style={{ height: before, padding: 0, border: 0 }} />}
      {items.map((item) => (
        <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
          {row(item.index)}
        </tr>
      ))}
      {after > 0 && <tr aria-hidden="true" style={{ height: after, padding: 0, border: 0 }} />}
    </tbody>
  );
}
