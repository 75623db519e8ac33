import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { KIND_LABELS, STANCE_LABELS } from './statementLabels';

interface Props {
  statements: Statement[];
  speakers: Map<string, Speaker>;
  topics: Map<string, Topic>;
  activeId: string | null;
  onSelect: (id: string) => void;
  label: string;
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

/** The statements of an article in text order; choosing one shows it in the text. */
export function StatementList({ statements, speakers, topics, activeId, onSelect, label }: Props) {
  return (
    <ol className="qm-statement-list" aria-label={label}>
      {statements.map((s) => {
        const speaker = s.speakerId ? speakers.get(s.speakerId) : undefined;
        const topic = s.topicId ? topics.get(s.topicId) : undefined;
        return (
          <li key={s.id}>
            <button
              type="button"
              className="qm-statement-item"
              aria-current={s.id === activeId ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
              data-statement-ref={s.id}
            >
              <span className="qm-swatch" style={{ background: speaker?.color ?? '#ddd' }} aria-hidden="true" />
              <strong>{speaker?.name ?? 'No speaker'}</strong>
              <span className="qm-badge">{KIND_LABELS[s.kind]}</span>
              {s.stance && <span className={`qm-badge qm-stance-${s.stance}`}>{STANCE_LABELS[s.stance]}</span>}
              {topic && <span className="qm-topic">{topic.label}</span>}
              <q>{excerpt(s.quote.exact)}</q>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
