import { useState } from 'react';
import type { Topic } from '../../core/model/topic';
import { appDatabase } from '../../storage/appDatabase';
import { mergeTopics } from '../../storage/mergeTopics';
import { recordChange, trackWrite } from '../history/historyStore';

/**
 * Merge the chosen topics into one (a near-duplicate into the right label):
 * statements move with their stances, and Undo takes it back.
 */
export function MergeTopicsBar({ chosen, onDone }: { chosen: Topic[]; onDone: () => void }) {
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const targetId = chosen.some((t) => t.id === target) ? target : chosen[0]?.id;

  const merge = async () => {
    if (!targetId) return;
    const others = chosen.filter((t) => t.id !== targetId).map((t) => t.id);
    const result = await trackWrite(mergeTopics(appDatabase, targetId, others));
    if (!result.ok) return setMessage({ error: true, text: result.error });
    recordChange(result.value.change);
    const { topic, moved } = result.value;
    setMessage({ error: false, text: `Merged into “${topic.label}”: ${moved} statement${moved === 1 ? '' : 's'} moved. Undo takes it back.` });
    onDone();
  };

  return (
    <div className="qm-toolbar" role="group" aria-label="Merge topics">
      {chosen.length >= 2 && (
        <>
          <label className="qm-inline-field">
            Keep
            <select value={targetId} onChange={(e) => setTarget(e.target.value)}>
              {chosen.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void merge()}>
            Merge topics
          </button>
        </>
      )}
      {chosen.length < 2 && <span className="qm-hint">Choose two or more topics to merge duplicates.</span>}
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'qm-error' : 'qm-notice'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
