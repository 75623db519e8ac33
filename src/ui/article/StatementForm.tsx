import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Anchor } from '../../core/model/anchor';
import type { Speaker } from '../../core/model/speaker';
import { STANCES, STATEMENT_KINDS, type Stance, type Statement, type StatementKind } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { Result } from '../../core/result';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { PickOrCreate, type PickValue } from '../common/PickOrCreate';
import { useShortcuts } from '../common/useShortcuts';
import { SpanControls } from './SpanControls';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { ALIAS_OPTION_PREFIX, useSpeakerSearch } from './useSpeakerSearch';
import { useTopicSearch } from './useTopicSearch';
import { ErrorMessage } from '../common/ErrorMessage';

interface Props {
  articleId: string;
  quote: Anchor;
  statement?: Statement;
  speakers: Speaker[];
  topics: Topic[];
  onSave: (draft: StatementDraft) => Promise<Result<unknown>>;
  onDelete?: () => void;
  /** The words selected in the article now, for "Mark cue" and "Update span". */
  selectionAnchor: () => Anchor | null;
  onAddAlias: (speakerId: string, alias: string) => Promise<Result<unknown>>;
  onEditSpeaker: (speakerId: string) => void;
  /** Opened with the "S" shortcut: start at the Speaker field. */
  focusSpeakerOnOpen: boolean;
  /** Offered for an orphan: anchor it to the words selected in the text now. */
  onReattach?: () => void;
  onCancel: () => void;
}

const toChoice = (value: PickValue) => (value && 'newLabel' in value ? { newName: value.newLabel } : value);
const pickLabel = (value: PickValue, labelOf: (id: string) => string | undefined) =>
  !value ? '' : 'newLabel' in value ? value.newLabel : (labelOf(value.id) ?? '');

/** The form that tags a span: who said it, as what, and what stance it takes. */
export function StatementForm(props: Props) {
  const { articleId, statement, speakers, topics, onSave, onDelete, onReattach, onCancel } = props;
  const [quote, setQuote] = useState(props.quote);
  const [cue, setCue] = useState<Anchor | null>(statement?.cue ?? null);
  const [tags, setTags] = useState(statement?.tags.join(', ') ?? '');
  const [speaker, setSpeaker] = useState<PickValue>(statement?.speakerId ? { id: statement.speakerId } : null);
  const [role, setRole] = useState(statement?.roleAtTime ?? '');
  const [kind, setKind] = useState<StatementKind>(statement?.kind ?? (/^["“‘«]/.test(quote.exact) ? 'direct' : 'indirect'));
  const [claim, setClaim] = useState(statement?.claim ?? '');
  const [topic, setTopic] = useState<PickValue>(statement?.topicId ? { id: statement.topicId } : null);
  const [stance, setStance] = useState<Stance | ''>(statement?.stance ?? '');
  const [note, setNote] = useState(statement?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const searchSpeakers = useSpeakerSearch(speakers);
  const form = useRef<HTMLFormElement>(null);
  const speakerQuery = useRef('');
  const { selectionAnchor } = props;

  // A new statement starts at its speaker, and so does one opened with "S".
  const startAtSpeaker = !statement || props.focusSpeakerOnOpen;
  const focusSpeaker = () => form.current?.querySelector<HTMLInputElement>('[role=combobox]')?.focus();
  useEffect(() => {
    if (startAtSpeaker) focusSpeaker();
  }, [startAtSpeaker]);
  const markCueFromSelection = () => {
    const anchor = selectionAnchor();
    if (anchor) setCue(anchor);
    else setError('Select the cue words in the article first.');
  };
  useShortcuts({ c: markCueFromSelection, s: focusSpeaker });
  const searchTopics = useTopicSearch(topics);

  const speakerLabel = pickLabel(speaker, (id) => speakers.find((s) => s.id === id)?.name);
  const topicLabel = pickLabel(topic, (id) => topics.find((t) => t.id === id)?.label);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave({
      id: statement?.id,
      articleId,
      quote,
      cue,
      tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
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

  const pickSpeaker = async (value: PickValue) => {
    if (value && 'id' in value && value.id.startsWith(ALIAS_OPTION_PREFIX)) {
      const id = value.id.slice(ALIAS_OPTION_PREFIX.length);
      const alias = speakerQuery.current.trim();
      const result = await props.onAddAlias(id, alias);
      if (!result.ok) return setError(result.error);
      value = { id };
    }
    setSpeaker(value);
    const picked = value && 'id' in value ? speakers.find((s) => s.id === value.id) : undefined;
    if (picked?.role && !role.trim()) setRole(picked.role);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      // Let a combobox commit its typed value (blur), then submit once React
      // has rendered it, so the submit handler sees the committed value.
      (document.activeElement as HTMLElement | null)?.blur();
      setTimeout(() => form.current?.requestSubmit(), 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const pickedSpeakerId = speaker && 'id' in speaker ? speaker.id : null;

  return (
    <form
      ref={form}
      className="qm-form qm-statement-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={statement ? 'Edit statement' : 'New statement'}
    >
      <h2>{statement ? 'Edit statement' : 'New statement'}</h2>
      {statement?.orphanedAt && <p className="qm-hint">Orphan: these words were deleted from the text.</p>}
      <SpanControls
        quote={quote}
        cue={cue}
        selectionAnchor={selectionAnchor}
        onQuote={setQuote}
        onCue={setCue}
        canUpdateSpan={Boolean(statement && !statement.orphanedAt)}
        onProblem={setError}
      />
      <PickOrCreate
        label="Speaker"
        value={speaker}
        valueLabel={speakerLabel}
        search={searchSpeakers}
        createHint="New speaker: added to the registry when you save."
        onQueryChange={(q) => {
          speakerQuery.current = q;
        }}
        onChange={(value) => void pickSpeaker(value)}
      />
      {pickedSpeakerId && (
        <button type="button" className="qm-small qm-quiet" onClick={() => props.onEditSpeaker(pickedSpeakerId)}>
          Edit speaker
        </button>
      )}
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
        Tags
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="Comma-separated" />
      </label>
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      <ErrorMessage message={error} />
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
