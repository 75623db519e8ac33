import { fromW3CAnnotations } from '../exchange/fromW3CAnnotations';
import type { LibraryRecords } from '../model/envelope';
import { err, ok, type Result } from '../result';
import { findForbiddenKeys } from './findForbiddenKeys';
import type { ImportProblem } from './ImportProblem';
import type { IncomingFile } from './IncomingFile';
import { readJson } from './readJson';

/**
 * Read a W3C annotations file against the library it is imported into:
 * JSON, no prototype keys, then fromW3CAnnotations. W3C annotations bring
 * statements (and the speakers and topics they name), never articles.
 */
export function readW3CFile(
  text: string,
  library: LibraryRecords,
  now: Date = new Date(),
): Result<IncomingFile, ImportProblem[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  const forbidden = findForbiddenKeys(json.value);
  if (forbidden.length > 0) return err(forbidden);
  const read = fromW3CAnnotations(json.value, library, now);
  if (!read.ok) return read;
  return ok({
    incoming: read.value.records,
    placement: read.value.placement,
    statementPaths: read.value.statementPaths,
  });
}
