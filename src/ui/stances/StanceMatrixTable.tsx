import { useId, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { StanceRecords } from '../../core/review/StanceEntry';
import type { StanceMatrix } from '../../core/review/stanceMatrix';
import { EvidenceList } from './EvidenceList';
import { MATRIX_GEOMETRY as SIZE } from './matrixGeometry';
import { MatrixGapRow, MatrixHeaderRow, MatrixRow } from './MatrixRows';
import { useMatrixWindow } from './useMatrixWindow';
import { cellOf, clampCell, useRovingGrid, type GridCell } from './useRovingGrid';
import '../review.css';
import './stanceMatrix.css';

type Props = {
  /** The records the matrix was computed from: the evidence names speakers and articles from them. */
  records: Pick<StanceRecords, 'articles' | 'speakers'>;
  matrix: StanceMatrix;
};

type Chosen = { speakerId: string; topicId: string; heading: string };

// The CSS reads the sizes the virtualisers count with, so the two never disagree.
const GEOMETRY_VARIABLES = {
  '--qm-matrix-row-header': `${SIZE.rowHeader}px`,
  '--qm-matrix-column': `${SIZE.column}px`,
  '--qm-matrix-header': `${SIZE.header}px`,
  '--qm-matrix-row': `${SIZE.row}px`,
} as CSSProperties;

/**
 * Speakers (rows) by topics (columns); each cell a button showing the
 * stances taken, which lists its statements under the table. One Tab stop:
 * arrow keys move between cells, Enter or Space opens one.
 *
 * A real table, but only the rows and columns in view are rendered (500
 * speakers by 200 topics would be 100,000 buttons); blank rows and cells
 * stand in for the rest, and aria-rowcount, aria-colcount and each row's
 * and cell's index tell assistive technology the whole size and where each
 * rendered cell sits in it.
 */
export function StanceMatrixTable({ records, matrix }: Props) {
  const { speakers, topics, cell } = matrix;
  const [activeCell, setActiveCell] = useState<GridCell>([0, 0]);
  const active = clampCell(activeCell, speakers.length, topics.length);
  const scrollBox = useRef<HTMLDivElement>(null);
  const view = useMatrixWindow(scrollBox, speakers.length, topics.length, active);
  const grid = useRovingGrid({
    rows: speakers.length,
    columns: topics.length,
    active,
    onActiveChange: setActiveCell,
    container: scrollBox,
  });
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const chosenCell = chosen ? cell(chosen.speakerId, chosen.topicId) : undefined;
  const captionId = useId();

  // Enter and Space click a button too, so this serves mouse and keyboard.
  const choose = (event: MouseEvent) => {
    const at = cellOf(event.target);
    const speaker = at && speakers[at[0]];
    const topic = at && topics[at[1]];
    if (speaker && topic)
      setChosen({ speakerId: speaker.id, topicId: topic.id, heading: `${speaker.name} on ${topic.label}` });
  };

  return (
    <>
      <p id={captionId} className="qm-matrix-caption">
        Stances by speaker and topic. Choose a cell to see its statements.
      </p>
      <div ref={scrollBox} className="qm-matrix-window" style={GEOMETRY_VARIABLES}>
        <table
          className="qm-table qm-matrix"
          aria-labelledby={captionId}
          aria-rowcount={speakers.length + 1}
          aria-colcount={topics.length + 1}
          style={{ width: view.width }}
        >
          <thead>
            <MatrixHeaderRow topics={topics} columns={view.columns} />
          </thead>
          <tbody onKeyDown={grid.onKeyDown} onFocus={grid.onFocus} onClick={choose}>
            {view.rows.map((row) => {
              if (row.kind === 'gap')
                return <MatrixGapRow key={row.key} height={row.size} span={view.columns.length + 1} />;
              const speaker = speakers[row.index];
              return (
                speaker && (
                  <MatrixRow
                    key={speaker.id}
                    row={row.index}
                    speaker={speaker}
                    topics={topics}
                    columns={view.columns}
                    cell={cell}
                    active={active}
                    chosen={chosen}
                  />
                )
              );
            })}
          </tbody>
        </table>
      </div>
      <EvidenceList records={records} heading={chosen?.heading ?? null} statementIds={chosenCell?.statementIds ?? []} />
    </>
  );
}
