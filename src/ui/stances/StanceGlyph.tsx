import { STANCE_COLORS } from '../charts/stanceColors';
import { cellText, type CellCounts } from '../charts/cellLabel';
import { stackSegments } from '../charts/stackSegments';

/**
 * A cell's stance counts as a stacked bar, with the leading stance and its
 * count written beside it so colour never carries the meaning alone.
 *
 * The bar is a span of spans, each as wide as its share (stackSegments, in
 * percent), not an SVG: the Stances view shows a few hundred of these at
 * once, and an SVG root each cost about as much to create and lay out as the
 * rest of the table (charts/matrixSvg draws the saved chart as SVG).
 */
export function StanceGlyph({ cell }: { cell: CellCounts }) {
  return (
    <span className="qm-glyph">
      <span className="qm-glyph-bar" aria-hidden="true">
        {stackSegments(cell.counts, cell.total, 100).map((s) => (
          <span key={s.stance} style={{ width: `${s.width}%`, background: STANCE_COLORS[s.stance] }} />
        ))}
      </span>
      <span className="qm-glyph-text">{cellText(cell)}</span>
    </span>
  );
}
