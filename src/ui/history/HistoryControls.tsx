import { useState } from 'react';
import { articleScope, LIBRARY_SCOPE } from '../../core/history/UndoScope';
import { KeyboardShortcutsDialog } from '../common/KeyboardShortcutsDialog';
import { useShortcuts } from '../common/useShortcuts';
import { articleHref } from '../routing/parseRoute';
import { useHashRoute } from '../routing/useHashRoute';
import { stepHistory, useHistory, useHistoryHold, type StepReport } from './historyStore';

type Message = { at: string } & ({ error: true; text: string } | { error: false; verb: string; report: StepReport });

/**
 * Undo and Redo, as buttons and as Ctrl+Z / Ctrl+Shift+Z, plus the "?" list
 * of shortcuts. They act on the view in front of the person: in an article,
 * that article's steps; elsewhere, the latest step anywhere, saying which
 * article it was in with a link. What they say stays until the next view.
 * While the article's text is open for editing they are off (see
 * holdArticleHistory): the edit has its own undo, and a step would change
 * the text under it.
 */
export function HistoryControls() {
  const history = useHistory();
  const route = useHashRoute();
  const view = route.view === 'article' ? articleScope(route.articleId) : LIBRARY_SCOPE;
  const here = JSON.stringify(route);
  const [message, setMessage] = useState<Message | null>(null);
  const [showKeys, setShowKeys] = useState(false);
  const inArticle = view.kind === 'article' ? ' in this article' : '';
  const hold = useHistoryHold(view);

  const step = async (direction: 'undo' | 'redo') => {
    const result = await stepHistory(direction, view);
    setMessage(
      result.ok
        ? { at: here, error: false, verb: direction === 'undo' ? 'Undid' : 'Redid', report: result.value }
        : { at: here, error: true, text: result.error },
    );
  };
  useShortcuts({
    'mod+z': () => void step('undo'),
    'mod+shift+z': () => void step('redo'),
    'mod+y': () => void step('redo'),
    '?': () => setShowKeys(true),
  });

  return (
    <div className="qm-header-actions">
      {message?.at === here && <StepMessage message={message} />}
      <button
        type="button"
        onClick={() => void step('undo')}
        disabled={hold !== undefined || !history.canUndo(view)}
        aria-keyshortcuts="Control+Z"
        title={hold ?? history.undoLabel(view) ?? `Nothing to undo${inArticle}`}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => void step('redo')}
        disabled={hold !== undefined || !history.canRedo(view)}
        aria-keyshortcuts="Control+Shift+Z"
        title={hold ?? history.redoLabel(view) ?? `Nothing to redo${inArticle}`}
      >
        Redo
      </button>
      <button type="button" className="qm-quiet" onClick={() => setShowKeys(true)} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      {showKeys && <KeyboardShortcutsDialog onClose={() => setShowKeys(false)} />}
    </div>
  );
}

/** "Undid: accept suggestions in <link to the article>", or why nothing was done. */
function StepMessage({ message }: { message: Message }) {
  if (message.error) {
    return (
      <span role="alert" className="qm-error qm-small-message">
        {message.text}
      </span>
    );
  }
  const { label, elsewhere } = message.report;
  return (
    <span role="status" className="qm-hint">
      {message.verb}: {label}
      {elsewhere && (
        <>
          {' in '}
          <a href={articleHref(elsewhere.articleId)}>{elsewhere.title}</a>
        </>
      )}
    </span>
  );
}
