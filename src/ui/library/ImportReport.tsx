import { articleHref } from '../routing/parseRoute';
import type { ImportOutcome } from './importOutcome';

interface Props {
  outcomes: ImportOutcome[];
  onImportVisibleText: (outcome: Extract<ImportOutcome, { status: 'failed' }>) => void;
  onDismiss: () => void;
}

/** What an import did, file by file: problems in an alert, the rest as status. */
export function ImportReport({ outcomes, onImportVisibleText, onDismiss }: Props) {
  if (outcomes.length === 0) return null;
  const failed = outcomes.filter((o) => o.status === 'failed');
  const others = outcomes.filter((o) => o.status !== 'failed');
  return (
    <div className="qm-import-report">
      {failed.length > 0 && (
        <div role="alert" className="qm-error">
          <p>{failed.length === 1 ? 'One file was not imported:' : `${failed.length} files were not imported:`}</p>
          <ul>
            {failed.map((o) => (
              <li key={o.file}>
                {o.message}
                {o.visibleText && (
                  <>
                    {' '}
                    <button type="button" onClick={() => onImportVisibleText(o)}>
                      Import visible text of “{o.file}”
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {others.length > 0 && (
        <div role="status" className="qm-notice">
          <ul>
            {others.map((o) =>
              o.status === 'added' ? (
                <li key={o.file}>
                  Added <a href={articleHref(o.articleId)}>{o.title}</a> from “{o.file}”.
                  {o.notices.map((n) => (
                    <span key={n} className="qm-hint">
                      {' '}
                      {n}
                    </span>
                  ))}
                </li>
              ) : o.status === 'duplicate' ? (
                <li key={o.file}>
                  “{o.file}” is already in the library as <a href={articleHref(o.existingId)}>{o.existingTitle}</a>; it
                  was not added again.
                </li>
              ) : null,
            )}
          </ul>
        </div>
      )}
      <button type="button" className="qm-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
