import { useState } from 'react';
import type { Change } from '../../core/model/change';
import type { RegistryUsage } from '../../core/registry/registryUsage';
import { ok, type Result } from '../../core/result';
import { settleWrite } from '../common/settleWrite';
import { recordChange, trackWrite } from '../history/historyStore';
import { ConfirmDialog } from '../common/ConfirmDialog';

interface Props {
  /** The button's and the dialog's action: "Delete speaker". */
  action: string;
  /** The question: "Delete speaker Ben Sasse?". */
  question: string;
  /** How many statements the deletion touches, read when the person asks. */
  readUsage: () => Promise<RegistryUsage>;
  /** What happens to them, in words: "His 2 statements … get no speaker." */
  consequence: (usage: RegistryUsage) => string;
  remove: () => Promise<Result<{ usage: RegistryUsage; change: Change }>>;
  onDeleted: (usage: RegistryUsage) => void;
}

/**
 * A button that deletes a speaker or a topic after a confirmation naming
 * how many statements it touches (counted when asked, so the number is the
 * library's now), and records the step so Undo takes it back.
 */
export function DeleteFromRegistry({ action, question, readUsage, consequence, remove, onDeleted }: Props) {
  const [asking, setAsking] = useState<RegistryUsage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ask = async () => {
    setError(null);
    const usage = await settleWrite(readUsage().then(ok));
    if (usage.ok) setAsking(usage.value);
    else setError(usage.error);
  };
  const confirm = async () => {
    setAsking(null);
    const result = await trackWrite(remove());
    if (!result.ok) return setError(result.error);
    recordChange(result.value.change);
    onDeleted(result.value.usage);
  };

  return (
    <>
      <button type="button" className="qm-danger" onClick={() => void ask()}>
        {action}
      </button>
      {error && (
        <p role="alert" className="qm-error">
          {error}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={question}
          confirmLabel={action}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        >
          <p>{consequence(asking)}</p>
          <p className="qm-hint">Undo takes it back.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
