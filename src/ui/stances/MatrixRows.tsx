import type { Speaker } from '../../core/model/speaker';
import type { Topic } from '../../core/model/topic';
import type { StanceMatrix } from '../../core/review/stanceMatrix';
import { speakerHref, topicHref } from '../routing/parseRoute';
import { MatrixCell } from './MatrixCell';
import type { GridCell } from './useRovingGrid';
import type { WindowSegment } from './windowSegments';

// The rows of the virtualised matrix. Blank cells and rows stand in for
// what is not rendered; they are hidden from assistive technology, which
// learns each real row's and cell's place from aria-rowindex and
// aria-colindex (the header row and the speaker column count as 1).

/** The header row: the rendered topics, each a link to its page. */
export function MatrixHeaderRow({ topics, columns }: { topics: readonly Topic[]; columns: readonly WindowSegment[] }) {
  return (
    <tr aria-rowindex={1}>
      <td className="qm-matrix-corner" aria-colindex={1} />
      {columns.map((column) => {
        if (column.kind === 'gap')
          return <td key={column.key} className="qm-matrix-gap" aria-hidden="true" style={{ width: column.size }} />;
        const topic = topics[column.index];
        return (
          topic && (
            <th key={topic.id} scope="col" aria-colindex={column.index + 2}>
              <a href={topicHref(topic.id)}>{topic.label}</a>
            </th>
          )
        );
      })}
    </tr>
  );
}

/** A blank row as tall as the rows it stands for. */
export function MatrixGapRow({ height, span }: { height: number; span: number }) {
  return (
    <tr className="qm-matrix-gap" aria-hidden="true">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}

type RowProps = {
  row: number;
  speaker: Speaker;
  topics: readonly Topic[];
  columns: readonly WindowSegment[];
  cell: StanceMatrix['cell'];
  /** The cell holding the grid's Tab stop. */
  active: GridCell;
  chosen: { speakerId: string; topicId: string } | null;
};

/** A speaker's row: their name, a link to their page, then their rendered cells. */
export function MatrixRow({ row, speaker, topics, columns, cell, active, chosen }: RowProps) {
  return (
    <tr aria-rowindex={row + 2}>
      <th scope="row" aria-colindex={1}>
        <a href={speakerHref(speaker.id)}>{speaker.name}</a>
      </th>
      {columns.map((column) => {
        if (column.kind === 'gap') return <td key={column.key} className="qm-matrix-gap" aria-hidden="true" />;
        const topic = topics[column.index];
        return (
          topic && (
            <MatrixCell
              key={topic.id}
              row={row}
              column={column.index}
              speaker={speaker.name}
              topic={topic.label}
              cell={cell(speaker.id, topic.id)}
              pressed={chosen?.speakerId === speaker.id && chosen.topicId === topic.id}
              tabbable={active[0] === row && active[1] === column.index}
            />
          )
        );
      })}
    </tr>
  );
}
