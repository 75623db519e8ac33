import { ErrorMessage } from '../common/ErrorMessage';
import { useExportReminder } from './useExportReminder';
import { useLibraryBackup } from './useLibraryBackup';
import './settings.css';

/**
 * A quiet note under the header, once, after many statements without an
 * export: the library lives only in this browser until it is exported.
 */
export function ExportReminder() {
  const reminder = useExportReminder();
  const backup = useLibraryBackup();
  if (!reminder.visible && !backup.error) return null;
  return (
    <div className="qm-export-reminder">
      {reminder.visible && (
        <div role="status" aria-label="Export reminder" className="qm-notice">
          {reminder.since} statements since your last export. Your work lives only in this browser:{' '}
          <button type="button" onClick={() => void backup.exportNow()} disabled={backup.busy}>
            Export library
          </button>{' '}
          <button type="button" className="qm-quiet" onClick={reminder.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <ErrorMessage message={backup.error} />
    </div>
  );
}
