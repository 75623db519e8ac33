import { useState, type FormEvent } from 'react';
import type { Anchor } from '../../core/model/anchor';
import type { Speaker } from '../../core/model/speaker';
import { STANCES, STATEMENT_KINDS, type Stance, type Statement, type StatementKind } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { Result } from '../../core/result';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { PickOrCreate, type PickValue } from '../common/PickOrCreate';
import { KIND_LABELS, STANCE_LABELS } from './statementLabels';
import { useSpeakerSearch } from './useSpeakerSearch';
import { useTopicSearch } from './useTopicSearch';

interface Props {
  articleId: string;
  quote: Anchor;
  statement?: Statement;
  speakers: Speaker[];
  topics: Topic[];
  onSave: (draft: StatementDraft) => Promise<Result<unknown>>;
  onDelete?: () => void;
  /** Offered for an orphan: anchor it to the words selected in the text now. */
  onReattach?: () => void;
  onCancel: () => void;
}

const toChoice = (value: PickValue) => (value && 'newLabel' in value ? { newName: value.newLabel } : value);
const pickLabel = (value: PickValue, labelOf: (id: string) => string | undefined) =>
  !value ? '' : 'newLabel' in value ? value.newLabel : (labelOf(value.id) ?? '');

/** The form that tags a span: who said it, as what, and what stance it takes. */
export function StatementForm({ articleId, quote, statement, speakers, topics, onSave, onDelete, onReattach, onCancel }: Props) {
  const [speaker, setSpeaker] = useState<PickValue>(statement?.speakerId ? { id: statement.speakerId } : null);
  const [role, setRole] = useState(statement?.roleAtTime ?? '');
  const [kind, setKind] = useState<StatementKind>(statement?.kind ?? (/^["“‘«]/.test(quote.exact) ? 'direct' : 'indirect'));
  const [claim, setClaim] = useState(statement?.claim ?? '');
  const [topic, setTopic] = useState<PickValue>(statement?.topicId ? { id: statement.topicId } : null);
  const [stance, setStance] = useState<Stance | ''>(statement?.stance ?? '');
  const [note, setNote] = useState(statement?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const searchSpeakers = useSpeakerSearch(speakers);
  const searchTopics = useTopicSearch(topics);

  const speakerLabel = pickLabel(speaker, (id) => speakers.find((s) => s.id === id)?.name);
  const topicLabel = pickLabel(topic, (id) => topics.find((t) => t.id === id)?.label);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave({
      id: statement?.id,
      articleId,
      quote,
      speaker: toChoice(speaker),
      roleAtTime: role,
      kind,
      claim,
      topic,
      stance: stance || undefined,
      note,
    });
    setError(result.ok ? null : result.error);
  };

  return (
    <form className="qm-form qm-statement-form" onSubmit={submit} aria-label={statement ? 'Edit statement' : 'New statement'}>
      <h2>{statement ? 'Edit statement' : 'New statement'}</h2>
      {statement?.orphanedAt && <p className="qm-hint">Orphan: these words were deleted from the text.</p>}
      <blockquote className="qm-quote-preview">{quote.exact}</blockquote>
      <PickOrCreate
        label="Speaker"
        value={speaker}
        valueLabel={speakerLabel}
        search={searchSpeakers}
        createHint="New speaker: added to the registry when you save."
        onChange={(value) => {
          setSpeaker(value);
          const picked = value && 'id' in value ? speakers.find((s) => s.id === value.id) : undefined;
          if (picked?.role && !role.trim()) setRole(picked.role);
        }}
      />
      <label>
        Role
        <input value={role} onChange={(e) => setRole(e.target.value)} placeholder="Position held when speaking" />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as StatementKind)}>
          {STATEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Claim
        <textarea value={claim} onChange={(e) => setClaim(e.target.value)} rows={2} placeholder="The claim in your words" />
      </label>
      <PickOrCreate
        label="Topic"
        value={topic}
        valueLabel={topicLabel}
        search={searchTopics}
        createHint="New topic: created when you save."
        onChange={setTopic}
      />
      <label>
        Stance
        <select value={stance} onChange={(e) => setStance(e.target.value as Stance | '')}>
          <option value="">No stance</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      {error && (
        <p role="alert" className="qm-error">
          {error}
        </p>
      )}
      <div className="qm-actions">
        <button type="submit">Save statement</button>
        {onReattach && (
          <button type="button" onClick={onReattach}>
            Re-attach to selection
          </button>
        )}
        {onDelete && (
          <button type="button" className="qm-danger" onClick={onDelete}>
            Delete statement
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
