import { useState } from 'react';
import { KeyboardShortcutsDialog } from '../common/KeyboardShortcutsDialog';
import { useShortcuts } from '../common/useShortcuts';
import { stepHistory, useHistory } from './historyStore';

/**
 * Undo and Redo for statements and speakers, as buttons and as Ctrl+Z /
 * Ctrl+Shift+Z, plus the "?" list of shortcuts.
 */
export function HistoryControls() {
  const history = useHistory();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [showKeys, setShowKeys] = useState(false);

  const step = async (direction: 'undo' | 'redo') => {
    const result = await stepHistory(direction);
    setMessage(result.ok ? { error: false, text: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${result.value}` } : { error: true, text: result.error });
  };
  useShortcuts({
    'mod+z': () => void step('undo'),
    'mod+shift+z': () => void step('redo'),
    'mod+y': () => void step('redo'),
    '?': () => setShowKeys(true),
  });

  return (
    <div className="qm-header-actions">
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'qm-error qm-small-message' : 'qm-hint'}>
          {message.text}
        </span>
      )}
      <button type="button" onClick={() => void step('undo')} disabled={!history.canUndo} aria-keyshortcuts="Control+Z" title={history.undoLabel ?? 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={() => void step('redo')} disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z" title={history.redoLabel ?? 'Nothing to redo'}>
        Redo
      </button>
      <button type="button" className="qm-quiet" onClick={() => setShowKeys(true)} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      {showKeys && <KeyboardShortcutsDialog onClose={() => setShowKeys(false)} />}
    </div>
  );
}
