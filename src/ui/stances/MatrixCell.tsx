import { memo } from 'react';
import type { StanceCell } from '../../core/review/stanceMatrix';
import { cellLabel } from '../charts/cellLabel';
import { StanceGlyph } from './StanceGlyph';

type Props = {
  row: number;
  column: number;
  speaker: string;
  topic: string;
  cell: StanceCell | undefined;
  pressed: boolean;
  tabbable: boolean;
};

/**
 * One cell of the stance matrix: a button named with every count, showing
 * the stances as a glyph. Its position is in data-row and data-column; the
 * table handles clicks and keys for all cells at once. Memoised, so that
 * scrolling renders only the cells that come into view.
 */
export const MatrixCell = memo(function MatrixCell({ row, column, speaker, topic, cell, pressed, tabbable }: Props) {
  return (
    <td aria-colindex={column + 2}>
      <button
        type="button"
        className="qm-matrix-cell"
        data-row={row}
        data-column={column}
        tabIndex={tabbable ? 0 : -1}
        aria-label={cellLabel(speaker, topic, cell)}
        aria-pressed={pressed}
      >
        {cell ? <StanceGlyph cell={cell} /> : <span className="qm-matrix-none">—</span>}
      </button>
    </td>
  );
});
