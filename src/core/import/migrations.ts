import { EXPORT_FORMAT, EXPORT_VERSION } from '../model/envelope';
import { err, ok, type Result } from '../result';
import type { ImportProblem } from './ImportProblem';
import { upgradeFromV0 } from './upgradeFromV0';

/** One step up the format versions: a file of version `from` becomes `from + 1`. */
export interface Migration {
  from: number;
  upgrade: (file: Record<string, unknown>) => Record<string, unknown>;
}

/** Every upgrade the app knows, oldest first; the last one ends at EXPORT_VERSION. */
export const MIGRATIONS: readonly Migration[] = [{ from: 0, upgrade: upgradeFromV0 }];

/**
 * Check that a parsed file is a Quotemark library of a version this app can
 * read, and upgrade it step by step to the current version. A file from a
 * newer Quotemark is refused, never guessed at.
 */
export function migrateToCurrent(file: unknown): Result<Record<string, unknown>, ImportProblem[]> {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return err([{ path: '', message: 'The file is not a Quotemark library: it does not hold a JSON object.' }]);
  }
  let current = file as Record<string, unknown>;
  if (current.format !== EXPORT_FORMAT) {
    return err([
      { path: 'format', message: `The file is not a Quotemark library: its format should be "${EXPORT_FORMAT}".` },
    ]);
  }
  const version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return err([{ path: 'version', message: 'The file has no valid format version (a whole number).' }]);
  }
  if (version > EXPORT_VERSION) {
    return err([
      {
        path: 'version',
        message: `The file was made by a newer Quotemark (format ${version}); this app reads up to ${EXPORT_VERSION}.`,
      },
    ]);
  }
  for (let at = version; at < EXPORT_VERSION; at++) {
    const step = MIGRATIONS.find((migration) => migration.from === at);
    if (!step) return err([{ path: 'version', message: `This app cannot read format ${version} files.` }]);
    current = step.upgrade(current);
  }
  return ok(current);
}
