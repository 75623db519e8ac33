import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

/** Who speaks in this article, in their highlight colours, with counts. */
export function SpeakerLegend({ statements, speakers }: { statements: Statement[]; speakers: Speaker[] }) {
  const counts = new Map<string, number>();
  for (const s of statements) if (s.speakerId) counts.set(s.speakerId, (counts.get(s.speakerId) ?? 0) + 1);
  const present = speakers.filter((s) => counts.has(s.id));
  if (present.length === 0) return null;
  return (
    <ul className="qm-legend" aria-label="Speakers in this article">
      {present.map((s) => (
        <li key={s.id}>
          <span className="qm-swatch" style={{ background: colorOfSpeaker(s) }} aria-hidden="true" />
          {s.name} <span className="qm-hint">({counts.get(s.id)})</span>
        </li>
      ))}
    </ul>
  );
}
