import { useEffect, useState } from 'react';
import { rebaseStatements } from '../../core/anchoring/rebaseStatements';
import type { Article } from '../../core/model/article';
import type { Statement } from '../../core/model/statement';
import type { TextEdit } from '../../editor/editing/textEdit';
import { appDatabase } from '../../storage/database/appDatabase';
import { saveArticleText } from '../../storage/repositories/articleRepository';
import type { Change } from '../../core/model/change';
import { holdArticleHistory, recordChange, trackWrite, useHistory } from '../history/historyStore';
import { guardNavigation } from '../routing/useHashRoute';
import { rememberOwnChange } from './ownStatementVersions';

const LEAVE_QUESTION = 'You have unsaved edits to the article text. Leave and discard them?';
const TEXT_CHANGED =
  'The article text changed since you began editing (in another tab, perhaps), so your edit was not saved. ' +
  'It is still in the editor: copy what you want to keep, then cancel and edit the text again.';

/**
 * Edit-text mode: the person fixes the article's text; on save every
 * statement follows the edit and those whose text was deleted become orphans,
 * all written in one transaction, as one step Undo takes back (text and
 * every anchor). Unsaved edits are never lost silently.
 */
export function useTextEditing(article: Article | null | undefined, statements: Statement[] | undefined) {
  const [editing, setEditing] = useState(false);
  const [edit, setEdit] = useState<TextEdit | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // The saved text, shown while the live query still delivers the text it
  // replaced, so the editor never flashes back to the old text; not once
  // the step is undone, which brings that very text back.
  const [saved, setSaved] = useState<{ from: string; to: string; toSha256: string; change: Change } | null>(null);
  // The hash of the text the edit began from: saving checks it is still the stored one.
  const [base, setBase] = useState<string | null>(null);
  const history = useHistory();
  const dirty = editing && edit !== null;
  const articleId = article?.id;

  useEffect(() => (dirty ? guardNavigation(() => window.confirm(LEAVE_QUESTION)) : undefined), [dirty]);
  // Header Undo and Redo stay off while the text is open for editing.
  useEffect(
    () => (editing && articleId !== undefined ? holdArticleHistory(articleId) : undefined),
    [editing, articleId],
  );

  const savedInEffect = saved !== null && history.isDone(saved.change);
  const showsSaved = savedInEffect && article?.text === saved.from;

  const start = () => {
    if (!article) return;
    setMessage(null);
    setEdit(null);
    // The editor starts from the text shown, which is the saved one while the live query catches up.
    setBase(showsSaved ? saved.toSha256 : article.textSha256);
    setEditing(true);
  };

  const cancel = () => {
    if (dirty && !window.confirm('Discard your edits to the text?')) return;
    setEditing(false);
    setEdit(null);
  };

  const save = async () => {
    if (!article || !statements || base === null) return;
    if (!edit) return cancel();
    const { updated, orphaned } = rebaseStatements(statements, edit.text, edit.mapRange, new Date());
    const result = await trackWrite(
      saveArticleText(appDatabase, article.id, base, edit.text, [...updated, ...orphaned]),
    );
    if (!result.ok) {
      const { error } = result;
      // The edit stays in the editor either way: nothing typed is lost.
      setMessage({
        error: true,
        text: typeof error === 'string' ? error : error.code === 'text-changed' ? TEXT_CHANGED : error.message,
      });
      return;
    }
    const { change } = result.value;
    rememberOwnChange(change);
    recordChange(change);
    setSaved({ from: article.text, to: edit.text, toSha256: result.value.article.textSha256, change });
    setEditing(false);
    setEdit(null);
    const lost = orphaned.length;
    setMessage({
      error: false,
      text:
        lost === 0
          ? 'Text saved; every statement still points at its words. Undo takes the edit back.'
          : `Text saved. ${lost} ${lost === 1 ? 'statement lost its' : 'statements lost their'} words and ${lost === 1 ? 'is' : 'are'} listed under Orphans. Undo takes the edit back.`,
    });
  };

  return {
    editing,
    dirty,
    start,
    cancel,
    save,
    onEdit: setEdit,
    /** Forget what the last save said: once an orphan it counted is re-attached, the count is out of date. */
    dismissMessage: () => setMessage(null),
    // "Text saved" is no news once Undo took the edit back.
    message: message && (message.error || savedInEffect) ? message : null,
    displayText: showsSaved ? saved.to : article?.text,
  };
}
