import { useState } from 'react';
import type { Speaker } from '../../core/model/speaker';
import { appDatabase } from '../../storage/appDatabase';
import { mergeSpeakers } from '../../storage/speakerRepository';
import { recordChange, trackWrite } from '../history/historyStore';

/**
 * Merge the chosen speakers into one (e.g. "Blinken" into "Antony Blinken"):
 * statements move, names become aliases, and Undo takes it back.
 */
export function MergeSpeakersBar({ chosen, onDone }: { chosen: Speaker[]; onDone: () => void }) {
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const targetId = chosen.some((s) => s.id === target) ? target : chosen[0]?.id;

  const merge = async () => {
    if (!targetId) return;
    const others = chosen.filter((s) => s.id !== targetId).map((s) => s.id);
    const result = await trackWrite(mergeSpeakers(appDatabase, targetId, others));
    if (!result.ok) return setMessage({ error: true, text: result.error });
    recordChange(result.value.change);
    setMessage({ error: false, text: `Merged into ${result.value.speaker.name}. Undo takes it back.` });
    onDone();
  };

  return (
    <div className="qm-toolbar" role="group" aria-label="Merge speakers">
      {chosen.length >= 2 && (
        <>
          <label className="qm-inline-field">
            Keep
            <select value={targetId} onChange={(e) => setTarget(e.target.value)}>
              {chosen.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void merge()}>
            Merge speakers
          </button>
        </>
      )}
      {chosen.length < 2 && <span className="qm-hint">Choose two or more speakers to merge duplicates.</span>}
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'qm-error' : 'qm-notice'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
