import type { Ref } from 'react';
import { STANCES } from '../../core/model/statement';
import { type StanceMatrix } from '../../core/review/stanceMatrix';
import { STANCE_LABELS } from '../common/statementLabels';
import { cellText } from './cellLabel';
import { stackSegments } from './stackSegments';
import { STANCE_COLORS } from './stanceColors';

const ROW_HEADER = 180;
const COLUMN = 120;
const ROW = 34;
const HEADER = 110;
const LEGEND = 40;
const BAR = 10;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The stance matrix as a standalone SVG, for saving: topic labels slanted
 * across the top, speaker names down the side, each cell a stacked bar of
 * its stance counts with the leading stance written under it, and a legend.
 */
export function MatrixSvg({
  matrix,
  title,
  svgRef,
}: {
  matrix: StanceMatrix;
  title: string;
  svgRef?: Ref<SVGSVGElement>;
}) {
  const width = ROW_HEADER + Math.max(matrix.topics.length, 1) * COLUMN + 20;
  const height = HEADER + matrix.speakers.length * ROW + LEGEND + 20;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT}
      fontSize={12}
    >
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={10} y={22} fontSize={15} fontWeight={600} fill="#1d1d1f">
        {title}
      </text>
      {matrix.topics.map((topic, c) => {
        const x = ROW_HEADER + c * COLUMN + 10;
        return (
          <text key={topic.id} x={x} y={HEADER - 8} transform={`rotate(-30 ${x} ${HEADER - 8})`} fill="#1d1d1f">
            {clip(topic.label, 28)}
          </text>
        );
      })}
      {matrix.speakers.map((speaker, r) => {
        const y = HEADER + r * ROW;
        return (
          <g key={speaker.id}>
            <line x1={10} x2={width - 10} y1={y} y2={y} stroke="#d9dce1" />
            <text x={10} y={y + ROW / 2 + 4} fill="#1d1d1f">
              {clip(speaker.name, 26)}
            </text>
            {matrix.topics.map((topic, c) => {
              const cell = matrix.cell(speaker.id, topic.id);
              if (!cell) return null;
              const x0 = ROW_HEADER + c * COLUMN + 10;
              const barWidth = COLUMN - 30;
              return (
                <g key={topic.id}>
                  {stackSegments(cell.counts, cell.total, barWidth).map((s) => (
                    <rect
                      key={s.stance}
                      x={x0 + s.x}
                      y={y + 6}
                      width={s.width}
                      height={BAR}
                      fill={STANCE_COLORS[s.stance]}
                    />
                  ))}
                  <text x={x0} y={y + 6 + BAR + 12} fontSize={11} fill="#1d1d1f">
                    {cellText(cell)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(10 ${HEADER + matrix.speakers.length * ROW + 24})`}>
        {STANCES.map((stance, i) => (
          <g key={stance} transform={`translate(${i * 90} 0)`}>
            <rect width={12} height={12} y={-10} fill={STANCE_COLORS[stance]} />
            <text x={16} fill="#1d1d1f">
              {STANCE_LABELS[stance]}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
