import { stackSegments } from '../charts/stackSegments';
import { STANCE_COLORS } from '../charts/stanceColors';
import { cellText, type CellCounts } from '../charts/cellLabel';

const WIDTH = 56;
const HEIGHT = 10;

/**
 * A cell's stance counts as a stacked bar, with the leading stance and its
 * count written beside it so colour never carries the meaning alone.
 */
export function StanceGlyph({ cell }: { cell: CellCounts }) {
  return (
    <span className="qm-glyph">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#eef0f3" />
        {stackSegments(cell.counts, cell.total, WIDTH).map((s) => (
          <rect key={s.stance} x={s.x} y={0} width={s.width} height={HEIGHT} fill={STANCE_COLORS[s.stance]} />
        ))}
      </svg>
      <span className="qm-glyph-text">{cellText(cell)}</span>
    </span>
  );
}
