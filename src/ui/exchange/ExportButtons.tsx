import { useState } from 'react';
import { exportFile, type ExportFormat, type ExportScope } from './exportFiles';

const BUTTONS: [ExportFormat, string, string][] = [
  ['json', 'Export JSON', 'Everything, lossless, re-importable'],
  ['w3c', 'Export W3C', 'W3C Web Annotation (JSON-LD)'],
  ['csv', 'Export CSV', 'One row per statement, for R, pandas or a spreadsheet'],
  ['stances', 'Export stance table', 'Speaker × topic stance counts (CSV)'],
];

/** The export buttons for a scope; a failure is shown, never swallowed. */
export function ExportButtons({ scope }: { scope: ExportScope }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setError(null);
    setBusy(true);
    try {
      await exportFile(scope, format);
    } catch (e) {
      setError(`The export failed: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {BUTTONS.map(([format, label, title]) => (
        <button
          key={format}
          type="button"
          title={scope.kind === 'library' && format === 'json' ? `${title}: the backup Settings counts` : title}
          onClick={() => void run(format)}
          disabled={busy}
        >
          {label}
        </button>
      ))}
      {busy && (
        <span role="status" className="qm-hint">
          Exporting… <progress aria-label="Exporting" />
        </span>
      )}
      {error && (
        <span role="alert" className="qm-error">
          {error}
        </span>
      )}
    </>
  );
}
