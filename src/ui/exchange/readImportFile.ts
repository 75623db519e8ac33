import type { ImportProblem } from '../../core/import/ImportProblem';
import type { IncomingFile } from '../../core/import/IncomingFile';
import { isW3CText } from '../../core/import/isW3CText';
import { readW3CFile } from '../../core/import/readW3CFile';
import type { LibraryRecords } from '../../core/model/envelope';
import { err, ok, type Result } from '../../core/result';
import { appDatabase } from '../../storage/database/appDatabase';
import { readLibraryRecords } from '../../storage/exchange/importLibrary';
import { parseOffThread } from './parseOffThread';
import { errorMessage } from '../../core/errorMessage';

/** Larger files are refused before they are read whole. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** A validated file, with the library as it was when the file was read. */
export interface ReadyImport extends IncomingFile {
  fileName: string;
  existing: LibraryRecords;
  /** Which kind of file it was: W3C annotations bring statements only. */
  w3c: boolean;
}

/**
 * Read and validate a whole annotations file; nothing is written here. The
 * size is checked before reading, so a huge file never has to fit in memory.
 */
export async function readImportFile(file: File): Promise<Result<ReadyImport, ImportProblem[]>> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(0);
    return err([{ path: '', message: `The file is ${mb} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` }]);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return err([{ path: '', message: `The file could not be read: ${errorMessage(e)}.` }]);
  }
  const existing = await readLibraryRecords(appDatabase);
  if (isW3CText(text)) {
    const read = readW3CFile(text, existing);
    return read.ok ? ok({ ...read.value, fileName: file.name, existing, w3c: true }) : read;
  }
  const parsed = await parseOffThread(text);
  if (!parsed.ok) return parsed;
  const { envelope, placement, statementPaths } = parsed.value;
  const { articles, speakers, topics, statements } = envelope;
  return ok({
    fileName: file.name,
    incoming: { articles, speakers, topics, statements },
    placement,
    statementPaths,
    existing,
    w3c: false,
  });
}
