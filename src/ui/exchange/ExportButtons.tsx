import { useState } from 'react';
import { ALL_CODERS_FORMATS, exportFile, type ExportFormat, type ExportScope } from './exportFiles';
import { useTeamProjects } from '../data/useTeamProjects';
import { errorMessage } from '../../core/errorMessage';
import './exportButtons.css';

const BUTTONS: [ExportFormat, string, string][] = [
  ['json', 'Export JSON', 'Everything, lossless, re-importable (pending suggestions included, marked as such)'],
  ['w3c', 'Export W3C', 'W3C Web Annotation (JSON-LD)'],
  ['csv', 'Export CSV', 'One row per statement, for R, pandas or a spreadsheet'],
  ['stances', 'Export stance table', 'Speaker × topic stance counts (CSV)'],
];

/**
 * The export buttons for a scope; a failure is shown, never swallowed.
 * W3C and the CSVs hold confirmed statements only unless the person ticks
 * "Include pending suggestions"; JSON, the backup, always holds everything.
 */
export function ExportButtons({ scope }: { scope: ExportScope }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [includePending, setIncludePending] = useState(false);
  const [allCoders, setAllCoders] = useState(false);
  const inTeam = (useTeamProjects()?.length ?? 0) > 0;
  const run = async (format: ExportFormat) => {
    setError(null);
    setBusy(true);
    try {
      await exportFile(scope, format, { includePending }, new Date(), inTeam && allCoders);
    } catch (e) {
      setError(`The export failed: ${errorMessage(e)}.`);
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
      <label
        className="qm-inline-field qm-export-pending"
        title="Add suggestions nobody has reviewed yet to the W3C, CSV and stance table exports"
      >
        <input type="checkbox" checked={includePending} onChange={(e) => setIncludePending(e.target.checked)} />
        Include pending suggestions
      </label>
      {inTeam && (
        <label
          className="qm-inline-field qm-export-pending"
          title={`Add the other coders’ statements on team projects’ articles to the ${ALL_CODERS_FORMATS.map((f) => f.toUpperCase()).join(' and ')} exports, with who coded each (a coder column, a W3C creator)`}
        >
          <input type="checkbox" checked={allCoders} onChange={(e) => setAllCoders(e.target.checked)} />
          All coders
        </label>
      )}
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
