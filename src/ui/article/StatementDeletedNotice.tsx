import type { Change } from '../../core/model/change';
import { useHistory } from '../history/historyStore';

interface Props {
  /** The step that deleted the statement. */
  change: Change;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * "Statement deleted — Undo", as the Library says of a deleted article. It
 * goes once the step is undone, from here or from the header's Undo.
 */
export function StatementDeletedNotice({ change, onUndo, onDismiss }: Props) {
  const history = useHistory();
  if (!history.isDone(change)) return null;
  return (
    <p role="status" className="qm-notice">
      Statement deleted —{' '}
      <button type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" className="qm-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
