import { useState } from 'react';
import type { Change } from '../../core/model/change';
import type { Result } from '../../core/result';
import { recordChange, trackWrite } from '../history/historyStore';
import type { RegistryNoun } from './RegistryNoun';

/** What a merge did: the undoable change and the sentence that says so. */
export type MergeOutcome = { change: Change; said: string };

interface Props {
  noun: RegistryNoun;
  chosen: { id: string; name: string }[];
  /** Merge `others` into `targetId` in one transaction. */
  merge: (targetId: string, others: string[]) => Promise<Result<MergeOutcome>>;
  onDone: () => void;
}

/**
 * Merge the chosen entries into one (e.g. "Blinken" into "Antony Blinken"):
 * statements move to the kept entry, and Undo takes it back.
 */
export function MergeBar({ noun, chosen, merge, onDone }: Props) {
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const targetId = chosen.some((entry) => entry.id === target) ? target : chosen[0]?.id;

  const mergeChosen = async () => {
    if (!targetId) return;
    const others = chosen.filter((entry) => entry.id !== targetId).map((entry) => entry.id);
    const result = await trackWrite(merge(targetId, others));
    if (!result.ok) return setMessage({ error: true, text: result.error });
    recordChange(result.value.change);
    setMessage({ error: false, text: `${result.value.said} Undo takes it back.` });
    onDone();
  };

  return (
    <div className="qm-toolbar" role="group" aria-label={`Merge ${noun.many}`}>
      {chosen.length >= 2 && (
        <>
          <label className="qm-inline-field">
            Keep
            <select value={targetId} onChange={(e) => setTarget(e.target.value)}>
              {chosen.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void mergeChosen()}>
            Merge {noun.many}
          </button>
        </>
      )}
      {chosen.length < 2 && <span className="qm-hint">Choose two or more {noun.many} to merge duplicates.</span>}
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'qm-error' : 'qm-notice'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
