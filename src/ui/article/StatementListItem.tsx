import { memo } from 'react';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

interface Props {
  statement: Statement;
  speakers: Map<string, Speaker>;
  topics: Map<string, Topic>;
  activeId: string | null;
  onSelect: (id: string) => void;
  onAccept?: (id: string) => void;
  onReject?: (id: string) => void;
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

/** One statement in the sidebar: speaker, kind, stance, topic and the words. */
export const StatementListItem = memo(function StatementListItem({
  statement: s,
  speakers,
  topics,
  activeId,
  onSelect,
  onAccept,
  onReject,
}: Props) {
  const speaker = s.speakerId ? speakers.get(s.speakerId) : undefined;
  const topic = s.topicId ? topics.get(s.topicId) : undefined;
  const item = (
    <button
      type="button"
      className={`qm-statement-item${s.status === 'pending' ? ' qm-statement-item--pending' : ''}`}
      aria-current={s.id === activeId ? 'true' : undefined}
      onClick={() => onSelect(s.id)}
      data-statement-ref={s.id}
    >
      <span className="qm-swatch" style={{ background: colorOfSpeaker(speaker) }} aria-hidden="true" />
      <strong>{speaker?.name ?? 'No speaker'}</strong>
      <span className="qm-badge">{KIND_LABELS[s.kind]}</span>
      {s.stance && <span className={`qm-badge qm-stance-${s.stance}`}>{STANCE_LABELS[s.stance]}</span>}
      {s.status === 'pending' && <span className="qm-badge">Suggested</span>}
      {topic && <span className="qm-topic">{topic.label}</span>}
      {/* A stance whose topic was deleted is counted nowhere: say so, so it is not taken for coded. */}
      {!s.topicId && s.stance && <span className="qm-topic qm-hint">No topic</span>}
      <q>{excerpt(s.quote.exact)}</q>
      {s.tags.length > 0 && <span className="qm-tags">{s.tags.map((t) => `#${t}`).join(' ')}</span>}
    </button>
  );
  if (s.status !== 'pending' || !onAccept || !onReject) return item;
  return (
    <div className="qm-pending-item">
      {item}
      <div className="qm-pending-actions">
        <button type="button" className="qm-small" onClick={() => onAccept(s.id)} aria-keyshortcuts="A">
          Accept
        </button>
        <button type="button" className="qm-small qm-quiet" onClick={() => onReject(s.id)} aria-keyshortcuts="R">
          Reject
        </button>
      </div>
    </div>
  );
});
