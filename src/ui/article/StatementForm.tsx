import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Anchor } from '../../core/model/anchor';
import type { Speaker } from '../../core/model/speaker';
import { STANCES, STATEMENT_KINDS, type Stance, type Statement, type StatementKind } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { Result } from '../../core/result';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { isConflict, type ConflictAwareResult } from '../../storage/database/StatementConflict';
import { PickOrCreate, pickText } from '../common/PickOrCreate';
import { useShortcuts } from '../common/useShortcuts';
import { SpanControls } from './SpanControls';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { SpeakerField } from './SpeakerField';
import { useTopicSearch } from './useTopicSearch';
import { ErrorMessage } from '../common/ErrorMessage';
import { changedElsewhereSentence } from './changedElsewhereSentence';
import { StatementConflictAlert } from './StatementConflictAlert';
import { NoSpeakerQuestion } from './NoSpeakerQuestion';
import { draftFromFields, fieldsOf, newFields, settledFields, type StatementFields } from './statementFields';
import { useStatementVersion } from './useStatementVersion';

interface Props {
  articleId: string;
  quote: Anchor;
  /** The statement being edited, as stored now (it follows edits made in other tabs). */
  statement?: Statement;
  speakers: Speaker[];
  topics: Topic[];
  /** A conflict refusal (changed in another tab) is answered in the form; any other refusal is shown. */
  onSave: (draft: StatementDraft) => Promise<ConflictAwareResult<unknown>>;
  onDelete?: () => void;
  /** The words selected in the article now, for "Mark cue" and "Update span". */
  selectionAnchor: () => Anchor | null;
  onAddAlias: (speakerId: string, alias: string) => Promise<Result<unknown>>;
  onEditSpeaker: (speakerId: string) => void;
  /** Opened with the "S" shortcut: start at the Speaker field. */
  focusSpeakerOnOpen: boolean;
  /** The article is in Edit text mode: Ctrl+Enter there is the text's, not the form's. */
  editingText?: boolean;
  /** Offered for an orphan: anchor it to the words selected in the text now. */
  onReattach?: () => void;
  onCancel: () => void;
}

/** What saving stopped to ask about, and the edit base to save with once answered. */
type Asking = { about: 'speaker' | 'topic' | 'noSpeaker'; edit?: { id: string; baseUpdatedAt?: string } };

/** The form that tags a span: who said it, as what, and what stance it takes. */
export function StatementForm(props: Props) {
  const { articleId, statement, speakers, topics, onSave, onDelete, onReattach, onCancel } = props;
  const [fields, setFields] = useState<StatementFields>(() =>
    statement ? fieldsOf(statement) : newFields(props.quote),
  );
  const set =
    <K extends keyof StatementFields>(name: K) =>
    (value: StatementFields[K]) =>
      setFields((f) => ({ ...f, [name]: value }));
  const { quote, cue, speaker, role, kind, claim, topic, stance, tags, note } = fields;
  const version = useStatementVersion(statement, setFields);
  const { base, changedElsewhere, conflict } = version;
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { selectionAnchor } = props;

  // A new statement starts at its speaker, and so does one opened with "S".
  const startAtSpeaker = !statement || props.focusSpeakerOnOpen;
  const focusSpeaker = () => form.current?.querySelector<HTMLInputElement>('[role=combobox]')?.focus();
  useEffect(() => {
    if (startAtSpeaker) focusSpeaker();
  }, [startAtSpeaker]);
  const markCueFromSelection = () => {
    const anchor = selectionAnchor();
    if (anchor) set('cue')(anchor);
    else setError('Select the cue words in the article first.');
  };
  // Let a combobox commit its typed value (blur), then submit once React
  // has rendered it, so the submit handler sees the committed value.
  const submitSoon = () => {
    (document.activeElement as HTMLElement | null)?.blur();
    setTimeout(() => form.current?.requestSubmit(), 0);
  };
  // Ctrl+Enter saves from anywhere while the form is open: from the article
  // right after marking a cue, or from the page. Keys typed in the form are
  // handled below; other fields and the text being edited keep theirs.
  useShortcuts({ c: markCueFromSelection, s: focusSpeaker, 'mod+Enter': props.editingText ? undefined : submitSoon });
  const searchTopics = useTopicSearch(topics);

  const topicLabel = pickText(topic, (id) => topics.find((t) => t.id === id)?.label);

  const save = async (draft: StatementDraft) => {
    const result = await onSave(draft);
    version.setConflict(isConflict(result) ? result.conflict : null);
    setError(result.ok || isConflict(result) ? null : result.error);
  };
  // Text left in the Speaker or Topic box that names nothing is asked
  // about, never picked or created silently; so is a missing speaker.
  const trySave = (edit: Asking['edit'], withoutSpeaker = false) => {
    const settled = settledFields(fields);
    if (!settled.ok) return setAsking({ about: settled.unsettled, edit });
    if (!settled.fields.speaker && !withoutSpeaker) return setAsking({ about: 'noSpeaker', edit });
    setAsking(null);
    void save(draftFromFields(articleId, settled.fields, edit));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An edit names the version it started from: storage refuses it if
    // another tab saved or deleted the statement meanwhile.
    trySave(base && { id: base.id, baseUpdatedAt: base.updatedAt });
  };
  // The person's whole form wins over the other version; a deleted
  // statement comes back as a new one.
  const saveMine = (current: Statement | null) =>
    trySave(current ? { id: current.id, baseUpdatedAt: current.updatedAt } : undefined);
  const sentence = (about: typeof conflict) =>
    base && about ? changedElsewhereSentence(base, about, { speakers, topics }) : '';

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys confirming an input method's characters are not commands.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submitSoon();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

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
      {changedElsewhere && !conflict && (
        <p role="status" className="qm-notice">
          {sentence(changedElsewhere)} Your edits here are kept, and saving will ask before replacing anything.
        </p>
      )}
      <SpanControls
        quote={quote}
        cue={cue}
        selectionAnchor={selectionAnchor}
        onQuote={set('quote')}
        onCue={set('cue')}
        canUpdateSpan={Boolean(statement && !statement.orphanedAt)}
        onProblem={setError}
      />
      <SpeakerField
        value={speaker}
        asking={asking?.about === 'speaker'}
        speakers={speakers}
        onPick={(value, registeredRole) => {
          setAsking((a) => (a?.about === 'topic' ? a : null));
          setFields((f) => ({
            ...f,
            speaker: value,
            role: registeredRole && !f.role.trim() ? registeredRole : f.role,
          }));
        }}
        onAddAlias={props.onAddAlias}
        onEditSpeaker={props.onEditSpeaker}
        onProblem={setError}
      />
      <label>
        Role
        <input value={role} onChange={(e) => set('role')(e.target.value)} placeholder="Position held when speaking" />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => set('kind')(e.target.value as StatementKind)}>
          {STATEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Claim
        <textarea
          value={claim}
          onChange={(e) => set('claim')(e.target.value)}
          rows={2}
          placeholder="The claim in your words"
        />
      </label>
      <PickOrCreate
        label="Topic"
        value={topic}
        valueLabel={topicLabel}
        asking={asking?.about === 'topic'}
        search={searchTopics}
        createHint="New topic: created when you save."
        onChange={(value) => {
          setAsking((a) => (a?.about === 'topic' ? null : a));
          set('topic')(value);
        }}
      />
      <label>
        Stance
        <select value={stance} onChange={(e) => set('stance')(e.target.value as Stance | '')}>
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
        <input value={tags} onChange={(e) => set('tags')(e.target.value)} placeholder="Comma-separated" />
      </label>
      <label>
        Note
        <textarea value={note} onChange={(e) => set('note')(e.target.value)} rows={2} />
      </label>
      {asking?.about === 'noSpeaker' && (
        <NoSpeakerQuestion
          onSaveAnyway={() => trySave(asking.edit, true)}
          onChooseSpeaker={() => {
            setAsking(null);
            focusSpeaker();
          }}
        />
      )}
      <ErrorMessage message={error} />
      {conflict && (
        <StatementConflictAlert
          sentence={sentence(conflict)}
          deleted={conflict.current === null}
          onSaveMine={() => saveMine(conflict.current)}
          onUseOther={() => conflict.current && version.takeVersion(conflict.current)}
          onDiscard={onCancel}
        />
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
