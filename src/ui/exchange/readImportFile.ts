import type { ImportProblem } from '../../core/import/ImportProblem';
import { fromW3CAnnotations } from '../../core/exchange/fromW3CAnnotations';
import { looksLikeW3C } from '../../core/exchange/looksLikeW3C';
import type { LibraryRecords } from '../../core/model/envelope';
import { err, ok, type Result } from '../../core/result';
import { appDatabase } from '../../storage/appDatabase';
import { readLibraryRecords } from '../../storage/importLibrary';
import { parseOffThread } from './parseOffThread';

/** Larger files are refused before they are read whole. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** A validated file, with the library as it was when the file was read. */
export interface ReadyImport {
  fileName: string;
  incoming: LibraryRecords;
  existing: LibraryRecords;
  notices: string[];
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
    return err([{ path: '', message: `The file could not be read: ${(e as Error).message}.` }]);
  }
  const existing = await readLibraryRecords(appDatabase);
  if (looksLikeW3C(text)) return readW3C(file.name, text, existing);
  const parsed = await parseOffThread(text);
  if (!parsed.ok) return parsed;
  const { articles, speakers, topics, statements } = parsed.value.envelope;
  return ok({ fileName: file.name, incoming: { articles, speakers, topics, statements }, existing, notices: parsed.value.notices });
}

/**
 * W3C annotations carry statements, not articles: they land on the articles
 * (and name the speakers and topics) already in this library.
 */
function readW3C(fileName: string, text: string, existing: LibraryRecords): Result<ReadyImport, ImportProblem[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([{ path: '', message: `The file is not valid JSON: ${(e as Error).message}.` }]);
  }
  const statements = fromW3CAnnotations(json, existing.articles);
  if (!statements.ok) return statements;
  const incoming = { articles: [], speakers: [], topics: [], statements: statements.value };
  const notices = ['W3C annotations bring statements only: their articles, speakers and topics must already be in the library.'];
  return ok({ fileName, incoming, existing, notices });
}
