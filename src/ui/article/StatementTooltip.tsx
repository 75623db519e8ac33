import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { articleHref } from '../routing/parseRoute';
import './statementTooltip.css';

interface Props {
  /** The statements at the point, outermost first. */
  ids: readonly string[];
  articleId: string;
  statements: ReadonlyMap<string, Statement>;
  speakers: ReadonlyMap<string, Speaker>;
  topics: ReadonlyMap<string, Topic>;
  /** A link followed: choose that statement (the hash alone does not). */
  onSelect: (id: string) => void;
  /** Other coders' statements shown from their layers, with whose they are: read-only, no link. */
  coderOf?: ReadonlyMap<string, { name: string }>;
}

/**
 * What the tooltip over a highlight says: every statement at that point,
 * each with its speaker (a link to the statement), kind, stance and topic.
 */
export function StatementTooltip({ ids, articleId, statements, speakers, topics, onSelect, coderOf }: Props) {
  const shown = ids.flatMap((id) => statements.get(id) ?? []);
  if (shown.length === 0) return null;
  return (
    <ul className="qm-tooltip-list">
      {shown.map((s) => {
        const speaker = s.speakerId ? speakers.get(s.speakerId) : undefined;
        const topic = s.topicId ? topics.get(s.topicId) : undefined;
        const details = [KIND_LABELS[s.kind], s.stance ? STANCE_LABELS[s.stance] : 'No stance', topic?.label];
        const coder = coderOf?.get(s.id);
        return (
          <li key={s.id}>
            <span className="qm-swatch" style={{ background: speaker?.color ?? '#e0e0e0' }} aria-hidden="true" />
            {coder ? (
              <>
                <strong>{speaker?.name ?? 'No speaker'}</strong>{' '}
                <span className="qm-hint">({coder.name}’s layer, read-only)</span>
              </>
            ) : (
              <a href={articleHref(articleId, s.id)} onClick={() => onSelect(s.id)}>
                {speaker?.name ?? 'No speaker'}
              </a>
            )}
            {s.status === 'pending' && <span className="qm-hint"> (suggested)</span>}
            <span className="qm-tooltip-details"> · {details.filter(Boolean).join(' · ')}</span>
          </li>
        );
      })}
    </ul>
  );
}
