import { useState } from 'react';
import type { ImportProblem } from '../../core/import/ImportProblem';
import { plural } from '../../core/text/plural';
import { ImportPreview } from './ImportPreview';
import { readImportFile, type ReadyImport } from './readImportFile';

/**
 * "Import annotations": read a file, validate all of it, show what would
 * change, and write only after "Confirm import".
 */
export function ImportAnnotations() {
  const [problems, setProblems] = useState<{ file: string; list: ImportProblem[] } | null>(null);
  const [ready, setReady] = useState<ReadyImport | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const open = async (file: File | undefined) => {
    setProblems(null);
    setReady(null);
    setDone(null);
    if (!file) return;
    setBusy(`Checking “${file.name}”…`);
    const result = await readImportFile(file);
    setBusy(null);
    if (result.ok) setReady(result.value);
    else setProblems({ file: file.name, list: result.error });
  };

  return (
    <>
      <label className="qm-file-button">
        Import annotations
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          className="qm-visually-hidden"
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {busy && (
        <p role="status" className="qm-hint">
          {busy} <progress aria-label="Checking the file" />
        </p>
      )}
      {problems && (
        <div role="alert" className="qm-error qm-import-problems">
          <p>
            “{problems.file}” was not imported; nothing was changed. {problems.list.length === 1 ? 'Problem' : plural(problems.list.length, 'problem')}:
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
      {ready && (
        <ImportPreview
          ready={ready}
          onCancel={() => setReady(null)}
          onDone={(summary) => {
            setReady(null);
            setDone(summary);
          }}
        />
      )}
      {done && (
        <p role="status" className="qm-notice">
          {done}
        </p>
      )}
    </>
  );
}
