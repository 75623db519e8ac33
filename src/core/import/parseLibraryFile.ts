import { EnvelopeSchema, type Envelope } from '../model/envelope';
import { err, ok, type Result } from '../result';
import { checkReferences } from './checkReferences';
import { findForbiddenKeys } from './findForbiddenKeys';
import type { ImportProblem } from './ImportProblem';
import { migrateToCurrent } from './migrations';
import { placeAnchors } from './placeAnchors';
import { readJson } from './readJson';
import { zodProblems } from './zodProblems';

/** A library file that can be imported whole, and what was fixed on the way. */
export interface ParsedLibrary {
  envelope: Envelope;
  /** Plain-English notes on what was adjusted (statements re-anchored). */
  notices: string[];
}

/**
 * Read a native export file and check all of it before anything is written:
 * JSON, no prototype keys, format and version (upgrading older versions),
 * the schema, the links between records, and every anchor against its
 * article's text. Returns every problem found at the first failing stage,
 * each with its JSON path; an empty problem list never comes back.
 */
export function parseLibraryFile(text: string): Result<ParsedLibrary, ImportProblem[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  const forbidden = findForbiddenKeys(json.value);
  if (forbidden.length > 0) return err(forbidden);
  const migrated = migrateToCurrent(json.value);
  if (!migrated.ok) return migrated;
  const parsed = EnvelopeSchema.safeParse(migrated.value);
  if (!parsed.success) return err(zodProblems(parsed.error));
  const broken = checkReferences(parsed.data);
  if (broken.length > 0) return err(broken);
  const placed = placeAnchors(parsed.data);
  if (!placed.ok) return placed;
  return ok({ envelope: { ...parsed.data, statements: placed.value.statements }, notices: placed.value.notices });
}
