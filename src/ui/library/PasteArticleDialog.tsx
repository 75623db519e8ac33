import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ArticleInput } from '../../core/articles/prepareArticle';
import type { Result } from '../../core/result';

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
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} />
        </label>
        {error && (
          <p role="alert" className="qm-error">
            {error}
          </p>
        )}
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
