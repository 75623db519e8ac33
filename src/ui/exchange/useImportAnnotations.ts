import { useState } from 'react';
import type { ImportProblem } from '../../core/import/ImportProblem';
import { readImportFile, type ReadyImport } from './readImportFile';

/**
 * Where an "Import annotations" stands: checking a file, its problems, the
 * preview waiting for "Confirm import", or what the import did. Kept apart
 * from the button so the panel can open below the toolbar, not inside it.
 */
export function useImportAnnotations() {
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
