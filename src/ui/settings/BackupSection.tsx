import { ErrorMessage } from '../common/ErrorMessage';
import type { ExportStatus } from '../../storage/exchange/exportState';
import { EXPORT_REMINDER_AFTER } from '../../storage/exchange/exportState';
import { formatDateTime } from './formatDateTime';

interface Props {
  status: ExportStatus | undefined;
  busy: boolean;
  error: string | null;
  onExport: () => void;
}

/** When the library was last exported as a backup, and a way to do it now. */
export function BackupSection({ status, busy, error, onExport }: Props) {
  return (
    <section aria-labelledby="backup-heading" className="qm-settings-section">
      <h2 id="backup-heading">Backup</h2>
      {!status ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <dl className="qm-settings-facts">
          <dt>Last exported</dt>
          <dd>
            {status.lastExportAt ? (
              <time dateTime={status.lastExportAt}>{formatDateTime(status.lastExportAt)}</time>
            ) : (
              'Never'
            )}
          </dd>
          <dt>Statements created since</dt>
          <dd>
            {status.statementsSinceExport} <span className="qm-hint">(of {status.statementCount} in the library)</span>
          </dd>
        </dl>
      )}
      <p>
        <button type="button" onClick={onExport} disabled={busy}>
          Export library now
        </button>
        {busy && (
          <span role="status" className="qm-hint">
            {' '}
            Exporting…
          </span>
        )}
      </p>
      <ErrorMessage message={error} />
      <p className="qm-hint">
        Only the JSON export of the whole library counts as a backup: it is lossless and imports back whole. W3C and CSV
        exports leave details out, and an article’s own export holds one article. After {EXPORT_REMINDER_AFTER} new
        statements without a backup, Quotemark reminds you once.
      </p>
    </section>
  );
}
