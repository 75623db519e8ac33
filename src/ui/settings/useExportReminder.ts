import { useEffect, useState } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { EXPORT_REMINDER_AFTER, exportReminderDue, noteExportReminded } from '../../storage/exchange/exportState';
import { useExportStatus } from '../data/useExportStatus';

// The reminder shows in the session that recorded it and in no later one:
// recording it before showing it is what makes it appear once, across
// reloads, until the next export clears the record.
const SESSION_START = new Date().toISOString();

/**
 * Whether to show the export reminder now, and how many statements it
 * counts. When the reminder falls due it is recorded as shown.
 */
export function useExportReminder() {
  const status = useExportStatus();
  const [dismissed, setDismissed] = useState(false);
  const due = status !== undefined && exportReminderDue(status);

  useEffect(() => {
    // Should the write fail, the reminder simply does not show.
    if (due) void noteExportReminded(appDatabase).catch(() => undefined);
  }, [due]);

  const remindedNow = status?.remindedAt != null && status.remindedAt >= SESSION_START;
  const since = status?.statementsSinceExport ?? 0;
  return {
    visible: remindedNow && since >= EXPORT_REMINDER_AFTER && !dismissed,
    since,
    dismiss: () => setDismissed(true),
  };
}
