import { useState } from 'react';
import { errorMessage } from '../../core/errorMessage';
import type { ImportProblem } from '../../core/import/ImportProblem';
import type { ImportPreview } from './ImportPreview';
import type { ReadyImport } from './readImportFile';

/**
 * A checked file and the preview that shows it. The reading, checking and
 * preview code (the import model, W3C adapters, placement) loads with the
 * first file, not with the Library: the Library is the page most people
 * open first.
 */
export interface ImportToConfirm {
  file: ReadyImport;
  Preview: typeof ImportPreview;
}

const loadImportCode = async () => {
  const [{ readImportFile }, { ImportPreview }] = await Promise.all([
    import('./readImportFile'),
    import('./ImportPreview'),
  ]);
  return { readImportFile, Preview: ImportPreview };
};

/**
 * Where an "Import annotations" stands: checking a file, its problems, the
 * preview waiting for "Confirm import", or what the import did. Kept apart
 * from the button so the panel can open below the toolbar, not inside it.
 */
export function useImportAnnotations() {
  const [problems, setProblems] = useState<{ file: string; list: ImportProblem[] } | null>(null);
  const [ready, setReady] = useState<ImportToConfirm | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const open = async (file: File | undefined) => {
    setProblems(null);
    setReady(null);
    setDone(null);
    if (!file) return;
    setBusy(`Checking “${file.name}”…`);
    try {
      const { readImportFile, Preview } = await loadImportCode();
      const result = await readImportFile(file);
      if (result.ok) setReady({ file: result.value, Preview });
      else setProblems({ file: file.name, list: result.error });
    } catch (error) {
      // The import code could not load (offline before the app was cached), or the library could not be read.
      setProblems({
        file: file.name,
        list: [{ path: '', message: `The file could not be checked: ${errorMessage(error)}.` }],
      });
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    problems,
    ready,
    done,
    open,
    cancel: () => setReady(null),
    finish: (summary: string) => {
      setReady(null);
      setDone(summary);
    },
  };
}

/** An import in progress, as the button and the panel share it. */
export type ImportAnnotationsState = ReturnType<typeof useImportAnnotations>;
