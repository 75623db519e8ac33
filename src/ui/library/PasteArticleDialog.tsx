import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import type { ArticleInput } from '../../core/articles/prepareArticle';
import type { Result } from '../../core/result';
import { ErrorMessage } from '../common/ErrorMessage';

interface Props {
  open: boolean;
  onClose: () => void;
  onAdd: (input: ArticleInput) => Promise<Result<unknown>>;
}

/** A modal form to paste an article's title and text. */
export function PasteArticleDialog({ open, onClose, onAdd }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal?.();
    if (!open && el.open) el.close();
  }, [open]);

  // Rich text copied from a web page arrives as HTML: keep its paragraphs as
  // blank-line-separated blocks and drop the markup.
  const pasteRichText = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!html) return;
    event.preventDefault();
    const fallback = event.clipboardData.getData('text/plain');
    const { selectionStart, selectionEnd } = event.currentTarget;
    // The sanitiser loads on first use, keeping it out of the app's first load.
    void Promise.all([
      import('../../core/intake/clipboardHtmlToText'),
      import('../../core/intake/htmlEnvironment'),
    ]).then(([{ clipboardHtmlToText }, { htmlEnvironment }]) => {
      const plain = clipboardHtmlToText(html, htmlEnvironment(window)) || fallback;
      setText((current) => current.slice(0, selectionStart) + plain + current.slice(selectionEnd));
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await onAdd({ title, text });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setTitle('');
    setText('');
    setError(null);
    onClose();
  };

  return (
    <dialog ref={dialog} className="qm-dialog" aria-labelledby="paste-title" onClose={onClose}>
      <form onSubmit={submit} className="qm-form">
        <h2 id="paste-title">Paste article</h2>
        <label>
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        <label>
          Article text
          <textarea value={text} onChange={(e) => setText(e.target.value)} onPaste={pasteRichText} rows={14} />
        </label>
        <ErrorMessage message={error} />
        <div className="qm-actions">
          <button type="submit" disabled={busy}>
            Add article
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
