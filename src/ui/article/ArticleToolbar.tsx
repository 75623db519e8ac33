import type { ReactNode } from 'react';
import type { ArticleAccess } from '../team/articleAccess';
import type { useTextEditing } from './useTextEditing';

interface Props {
  /** What the article's project lets the person do (everything, for a local article). */
  access: ArticleAccess;
  /** More actions at the end of the toolbar (Share with project). */
  more?: ReactNode;
  text: string;
  selection: { start: number; end: number } | null;
  editing: ReturnType<typeof useTextEditing>;
  onTag: () => void;
  onNewSpeaker: () => void;
  onSuggest: () => void;
}

const preview = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Tag the selection, or switch to edit-text mode and back. */
export function ArticleToolbar(props: Props) {
  const { message } = props.editing;
  return (
    <>
      <Buttons {...props} />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'qm-error' : 'qm-notice'}>
          {message.text}
        </p>
      )}
    </>
  );
}

function Buttons({ text, selection, editing, onTag, onNewSpeaker, onSuggest, access, more }: Props) {
  if (editing.editing) {
    return (
      <div className="qm-toolbar qm-editing-banner" role="toolbar" aria-label="Edit text">
        <strong>Editing the text.</strong>
        <span className="qm-hint">Delete noise or fix typos; statements follow your edits.</span>
        <button type="button" onClick={editing.save}>
          Save text
        </button>
        <button type="button" onClick={editing.cancel}>
          Cancel editing
        </button>
      </div>
    );
  }
  // A reader of a project's article reads: no control that would write.
  if (!access.code && !access.editArticle) return null;
  return (
    <div className="qm-toolbar" role="toolbar" aria-label="Annotation">
      {access.code && (
        <>
          <button
            type="button"
            onClick={onTag}
            disabled={!selection}
            aria-keyshortcuts="T"
            title="Tag the selected text (T)"
          >
            Tag statement
          </button>
          <button type="button" onClick={onNewSpeaker} disabled={!selection}>
            New speaker from selection
          </button>
        </>
      )}
      {access.editArticle && (
        <button type="button" onClick={editing.start}>
          Edit text
        </button>
      )}
      {access.code && (
        <button type="button" onClick={onSuggest} title="Find quotes and who said them; you accept or reject each">
          Suggest statements
        </button>
      )}
      {more}
      {access.code && (
        <span className="qm-hint" aria-live="polite">
          {selection
            ? `Selected: “${preview(text.slice(selection.start, selection.end))}”`
            : 'Select the words someone said, then press T.'}
        </span>
      )}
    </div>
  );
}
