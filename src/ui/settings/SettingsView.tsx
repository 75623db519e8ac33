import { useExportStatus } from '../data/useExportStatus';
import { usePersistenceRequest } from '../data/usePersistenceRequest';
import { BackupSection } from './BackupSection';
import { browserStorage } from './browserStorage';
import { StorageSection } from './StorageSection';
import { TeamSection } from '../team/TeamSection';
import { useLibraryBackup } from './useLibraryBackup';
import { useStorageStatus } from './useStorageStatus';
import './settings.css';

/** Settings: whether the browser keeps the library, the room it takes, the last backup, and team projects. */
export function SettingsView() {
  const exportStatus = useExportStatus();
  const request = usePersistenceRequest();
  // Usage changes with the records: read it again when they change.
  const storage = useStorageStatus(`${exportStatus?.statementCount}|${exportStatus?.lastExportAt}|${request?.askedAt}`);
  const backup = useLibraryBackup();
  return (
    <section aria-labelledby="settings-heading" className="qm-settings">
      <h1 id="settings-heading">Settings</h1>
      <StorageSection
        supported={browserStorage() !== null}
        status={storage.status}
        request={request}
        asking={storage.asking}
        onAsk={() => void storage.ask()}
      />
      <BackupSection
        status={exportStatus}
        busy={backup.busy}
        error={backup.error}
        onExport={() => void backup.exportNow()}
      />
      <TeamSection />
    </section>
  );
}
