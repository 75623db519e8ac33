import type { Editor, EditorEvents } from '@tiptap/core';
import { useEffect, useEffectEvent, useRef } from 'react';
import { articleDocument } from '../positions/articleDocument';
import { docText } from '../positions/docText';
import { EditSession } from './EditSession';
import { sessionHistory } from './sessionHistory';
import type { TextEdit } from './textEdit';

/**
 * Run an edit session on `editor` while `editable` is true: the editor takes
 * input, has its own undo history, and every change reports the TextEdit so
 * far (null when the text is back where it started) through `onEdit`.
 *
 * `text` is the article text the parent holds. When it changes during the
 * session to exactly the edited text (the parent saved and stays in edit
 * mode), the saved document becomes the session's new starting point.
 * Restoring the text after a cancel is not done here: once the session has
 * ended, ArticleText shows whatever `text` is, as it always does.
 */
export function useEditSession(
  editor: Editor,
  editable: boolean,
  text: string,
  onEdit?: (edit: TextEdit | null) => void,
): void {
  const session = useRef<EditSession | null>(null);
  const report = useEffectEvent((edit: TextEdit | null) => onEdit?.(edit));
  // A session must start from `text` itself, since the parent maps its
  // statements' offsets in `text`: a new text that arrives together with
  // `editable` is put in place first.
  const showText = useEffectEvent(() => {
    const content = articleDocument(text);
    if (editor.schema.nodeFromJSON(content).eq(editor.state.doc)) return;
    editor.commands.setContent(content, { emitUpdate: false });
  });

  useEffect(() => {
    if (!editable || editor.isDestroyed) return;
    showText();
    session.current = new EditSession(editor.state.doc);
    const removeHistory = sessionHistory(editor);
    editor.setEditable(true, false);
    const onTransaction = ({ transaction, appendedTransactions }: EditorEvents['transaction']) => {
      const current = session.current;
      // Plugins may append transactions of their own; their steps come
      // after the dispatched one's and belong to the same change.
      const maps = [transaction, ...appendedTransactions]
        .filter((tr) => tr.docChanged)
        .flatMap((tr) => tr.mapping.maps);
      if (!current || maps.length === 0) return;
      current.record(editor.state.doc, maps);
      report(current.edit());
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      session.current = null;
      if (editor.isDestroyed) return;
      removeHistory();
      editor.setEditable(false, false);
    };
  }, [editor, editable]);

  useEffect(() => {
    const current = session.current;
    if (!current || editor.isDestroyed) return;
    const doc = editor.state.doc;
    if (current.startDoc.eq(doc) || docText(doc).text !== text) return;
    session.current = new EditSession(doc);
    report(null);
  }, [editor, text]);
}
