import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { useAfterPaint } from '../common/useAfterPaint';
import { StatementListItem } from './StatementListItem';

interface Props {
  statements: Statement[];
  speakers: Map<string, Speaker>;
  topics: Map<string, Topic>;
  activeId: string | null;
  onSelect: (id: string) => void;
  onAccept?: (id: string) => void;
  onReject?: (id: string) => void;
  label: string;
}

/** Up to this many items render whole; longer lists render only what is in view. */
const VIRTUALISE_ABOVE = 150;

/** The statements of an article in text order; choosing one shows it in the text. */
export function StatementList(props: Props) {
  const painted = useAfterPaint();
  if (props.statements.length > VIRTUALISE_ABOVE) {
    // The window of rows comes a frame after the article's text: measuring
    // them lays the whole page out, which made the first render of the
    // long article one task of ~100 ms (quiet machine) with the text.
    if (!painted) return <ol className="qm-statement-list" aria-label={props.label} aria-busy="true" />;
    return <VirtualStatementList {...props} />;
  }
  return (
    <ol className="qm-statement-list" aria-label={props.label}>
      {props.statements.map((s) => (
        <li key={s.id}>
          <StatementListItem statement={s} {...props} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Two thousand statements would be two thousand buttons re-rendered on every
 * save; only the rows in view (plus a margin) are in the DOM.
 */
function VirtualStatementList(props: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself; nothing here memoises its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.statements.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 84,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="qm-virtual-list">
      <ol
        className="qm-statement-list"
        aria-label={props.label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const s = props.statements[row.index];
          if (!s) return null;
          return (
            <li
              key={s.id}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={props.statements.length}
              aria-posinset={row.index + 1}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
            >
              <StatementListItem statement={s} {...props} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
