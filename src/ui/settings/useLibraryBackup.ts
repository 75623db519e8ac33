import { useCallback, useState } from 'react';
import { exportFile } from '../exchange/exportFiles';
import { errorMessage } from '../../core/errorMessage';

const LIBRARY = { kind: 'library' } as const;

/** Export the whole library as JSON, the one lossless export, which counts as a backup. */
export function useLibraryBackup() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportNow = useCallback(async (): Promise<boolean> => {
    setError(null);
    setBusy(true);
    try {
      await exportFile(LIBRARY, 'json');
      return true;
    } catch (e) {
      setError(`The export failed: ${errorMessage(e)}.`);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, exportNow };
}
