import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SPEAKER_KINDS, type Speaker, type SpeakerKind } from '../../core/model/speaker';
import { appDatabase } from '../../storage/database/appDatabase';
import { updateSpeaker } from '../../storage/repositories/speakerRepository';
import { recordChange, trackWrite } from '../history/historyStore';
import { ErrorMessage } from '../common/ErrorMessage';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

const KIND_NAMES: Record<SpeakerKind, string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Group',
  anonymous: 'Anonymous',
};

/** Edit a speaker of the registry: names, kind, role, affiliation, notes, colour. */
export function SpeakerDialog({ speaker, onClose }: { speaker: Speaker; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState({
    name: speaker.name,
    aliases: speaker.aliases.join('\n'),
    kind: speaker.kind,
    role: speaker.role ?? '',
    affiliation: speaker.affiliation ?? '',
    notes: speaker.notes ?? '',
    color: colorOfSpeaker(speaker),
  });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
  }, []);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await trackWrite(
      updateSpeaker(appDatabase, speaker.id, {
        ...fields,
        aliases: fields.aliases
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
      }),
    );
    if (!result.ok) return setError(result.error);
    recordChange(result.value.change);
    onClose();
  };

  return (
    <dialog ref={dialog} className="qm-dialog" aria-labelledby="speaker-dialog-title" onClose={onClose}>
      <form className="qm-form" onSubmit={submit} noValidate>
        <h2 id="speaker-dialog-title">Edit speaker</h2>
        <label>
          Name
          <input value={fields.name} onChange={set('name')} />
        </label>
        <label>
          Aliases (one per line)
          <textarea value={fields.aliases} onChange={set('aliases')} rows={3} />
        </label>
        <label>
          Speaker kind
          <select value={fields.kind} onChange={set('kind')}>
            {SPEAKER_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Position held
          <input value={fields.role} onChange={set('role')} />
        </label>
        <label>
          Affiliation
          <input value={fields.affiliation} onChange={set('affiliation')} />
        </label>
        <label>
          Notes
          <textarea value={fields.notes} onChange={set('notes')} rows={2} />
        </label>
        <label>
          Highlight colour
          <input type="color" value={fields.color} onChange={set('color')} />
        </label>
        <ErrorMessage message={error} />
        <div className="qm-actions">
          <button type="submit">Save speaker</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
