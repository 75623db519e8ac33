import { plural } from '../../core/text/plural';
import type { ImportAnnotationsState } from './useImportAnnotations';

/** The "Import annotations" file button: it reads and checks the file, writing nothing yet. */
export function ImportAnnotationsButton({ importing }: { importing: ImportAnnotationsState }) {
  return (
    <label className="qm-file-button">
      Import annotations
      <input
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        className="qm-visually-hidden"
        onChange={(e) => {
          void importing.open(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </label>
  );
}

/**
 * What an import has to say: the check under way, the file's problems, what
 * it would change (written only after "Confirm import"), or what it did.
 * Placed below the toolbar, so the buttons stay where they are.
 */
export function ImportAnnotationsPanel({ importing }: { importing: ImportAnnotationsState }) {
  const { busy, problems, ready, done } = importing;
  return (
    <>
      {busy && (
        <p role="status" className="qm-hint">
          {busy} <progress aria-label="Checking the file" />
        </p>
      )}
      {problems && (
        <div role="alert" className="qm-error qm-import-problems">
          <p>
            “{problems.file}” was not imported; nothing was changed.{' '}
            {problems.list.length === 1 ? 'Problem' : plural(problems.list.length, 'problem')}:
          </p>
          <ul>
            {problems.list.slice(0, 50).map((p, i) => (
              <li key={i}>
                {p.path && <code>{p.path}</code>} {p.message}
              </li>
            ))}
            {problems.list.length > 50 && <li>…and {problems.list.length - 50} more.</li>}
          </ul>
        </div>
      )}
      {ready && <ready.Preview ready={ready.file} onCancel={importing.cancel} onDone={importing.finish} />}
      {done && (
        <p role="status" className="qm-notice">
          {done}
        </p>
      )}
    </>
  );
}
