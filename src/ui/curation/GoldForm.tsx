import { useState } from 'react';
import type { GoldFields } from '../../core/curation/curate';
import { STANCES, STATEMENT_KINDS, type Stance, type StatementKind } from '../../core/model/statement';
import type { Speaker } from '../../core/model/speaker';
import type { Topic } from '../../core/model/topic';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';

/** The fields of a gold statement the curator sets (Edit gold, Write own); speakers and topics are the known ones. */
export function GoldForm({
  initial,
  speakers,
  topics,
  onSave,
  onCancel,
}: {
  initial: GoldFields;
  speakers: readonly Speaker[];
  topics: readonly Topic[];
  onSave: (fields: GoldFields) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState(initial);
  const set = (change: Partial<GoldFields>) => setFields((f) => ({ ...f, ...change }));
  return (
    <form
      className="qm-gold-form"
      aria-label="Gold statement"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(fields);
      }}
    >
      <label>
        Speaker{' '}
        <select value={fields.speakerId ?? ''} onChange={(e) => set({ speakerId: e.target.value || null })}>
          <option value="">No speaker</option>
          {[...speakers]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
      </label>{' '}
      <label>
        Kind{' '}
        <select value={fields.kind} onChange={(e) => set({ kind: e.target.value as StatementKind })}>
          {STATEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Topic{' '}
        <select value={fields.topicId ?? ''} onChange={(e) => set({ topicId: e.target.value || undefined })}>
          <option value="">No topic</option>
          {[...topics]
            .sort((a, b) => a.label.localeCompare(b.label))
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
        </select>
      </label>{' '}
      <label>
        Stance{' '}
        <select value={fields.stance ?? ''} onChange={(e) => set({ stance: (e.target.value || undefined) as Stance })}>
          <option value="">No stance</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {STANCE_LABELS[stance]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Claim <input value={fields.claim ?? ''} onChange={(e) => set({ claim: e.target.value })} />
      </label>{' '}
      <button type="submit">Save gold</button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
