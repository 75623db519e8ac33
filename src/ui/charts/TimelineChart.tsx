import type { Ref } from 'react';
import type { SpeakerTimeline } from '../../core/review/stanceTimeline';
import { colorOfSpeaker, inkOfColor } from '../../core/speakers/speakerColor';
import { spreadLabels, timelineScale } from './timelineScale';

const WIDTH = 680;
const HEIGHT = 300;
const BOX = { left: 78, right: WIDTH - 170, top: 34, bottom: HEIGHT - 52 };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1d1d1f';
const MUTED = '#5f6368';

type Props = { timelines: readonly SpeakerTimeline[]; title: string; svgRef?: Ref<SVGSVGElement> };

/**
 * Each speaker's stance on a topic over time: x the article's day, y the
 * mean stance score from against (−1) to favor (+1), one line and dots per
 * speaker, each line labelled with its speaker's name at its end. Each
 * speaker is drawn in the colour of their highlights: dots filled with it,
 * line, outline and label in its dark shade so they read on white.
 */
export function TimelineChart({ timelines, title, svgRef }: Props) {
  const scale = timelineScale(timelines, BOX);
  const ends = timelines.map((t) => scale.y(t.points.at(-1)?.score ?? 0));
  const labelYs = spreadLabels(ends, 14);
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={title}
      fontFamily={FONT}
      fontSize={12}
      className="qm-chart"
    >
      <title>{title}</title>
      <rect width={WIDTH} height={HEIGHT} fill="#ffffff" />
      <text x={10} y={20} fontSize={14} fontWeight={600} fill={INK}>
        {title}
      </text>
      {[1, 0, -1].map((score) => (
        <g key={score}>
          <line
            x1={BOX.left}
            x2={BOX.right}
            y1={scale.y(score)}
            y2={scale.y(score)}
            stroke={score === 0 ? '#b9bec6' : '#e4e6ea'}
          />
          <text x={BOX.left - 6} y={scale.y(score) + 4} textAnchor="end" fill={MUTED}>
            {score === 1 ? 'favor +1' : score === -1 ? 'against −1' : '0'}
          </text>
        </g>
      ))}
      {scale.ticks.map((date) => (
        <text key={date} x={scale.x(date)} y={BOX.bottom + 18} textAnchor="middle" fill={MUTED}>
          {date}
        </text>
      ))}
      <text x={(BOX.left + BOX.right) / 2} y={HEIGHT - 10} textAnchor="middle" fill={INK}>
        Date of article
      </text>
      <text
        x={14}
        y={(BOX.top + BOX.bottom) / 2}
        transform={`rotate(-90 14 ${(BOX.top + BOX.bottom) / 2})`}
        textAnchor="middle"
        fill={INK}
      >
        Stance score
      </text>
      {timelines.map((timeline, i) => {
        const fill = colorOfSpeaker(timeline.speaker);
        const ink = inkOfColor(fill);
        const last = timeline.points.at(-1);
        const path = timeline.points
          .map((p, j) => `${j ? 'L' : 'M'}${scale.x(p.date).toFixed(1)},${scale.y(p.score).toFixed(1)}`)
          .join(' ');
        return (
          <g key={timeline.speaker.id}>
            <path d={path} fill="none" stroke={ink} strokeWidth={2} />
            {timeline.points.map((p) => (
              <circle
                key={p.date}
                cx={scale.x(p.date)}
                cy={scale.y(p.score)}
                r={3 + Math.min(p.count, 4)}
                fill={fill}
                stroke={ink}
                strokeWidth={1.5}
              >
                <title>{`${timeline.speaker.name}, ${p.date}: score ${p.score.toFixed(2)} from ${p.count} statement${p.count === 1 ? '' : 's'}`}</title>
              </circle>
            ))}
            {last && (
              <text x={BOX.right + 12} y={(labelYs[i] ?? 0) + 4} fill={ink} fontWeight={600}>
                {timeline.speaker.name.length > 22 ? `${timeline.speaker.name.slice(0, 21)}…` : timeline.speaker.name}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
