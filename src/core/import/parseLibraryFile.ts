import { EnvelopeSchema, type Envelope } from '../model/envelope';
import { err, ok, type Result } from '../result';
import { checkReferences } from './checkReferences';
import { findForbiddenKeys } from './findForbiddenKeys';
import type { Placement } from './ImportPlan';
import type { ImportProblem } from './ImportProblem';
import { migrateToCurrent } from './migrations';
import { nothingPlaceable } from './nothingPlaceable';
import { placeStatements } from './placeStatements';
import { readJson } from './readJson';
import { zodProblems } from './zodProblems';

/** A library file that can be imported, and how its anchors were placed. */
export interface ParsedLibrary {
  /** The file's records; statements that cannot be placed are left out (see placement). */
  envelope: Envelope;
  /** Statements re-anchored in their article's text, and those that cannot be. */
  placement: Placement;
  /** Where each statement is in the file (`statements[3]`), by id, for later reports. */
  statementPaths: Map<string, string>;
}

/**
 * Read a native export file and check all of it before anything is written:
 * JSON, no prototype keys, format and version (upgrading older versions),
 * the schema, the links between records, and every anchor against its
 * article's text (placeStatements). Returns every problem found at the
 * first failing stage, each with its JSON path; an empty problem list never
 * comes back. Statements that cannot be placed do not refuse the file
 * unless none can be (nothingPlaceable): the preview names them and lets
 * the person import the rest.
 */
export function parseLibraryFile(text: string): Result<ParsedLibrary, ImportProblem[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  const forbidden = findForbiddenKeys(json.value);
  if (forbidden.length > 0) return err(forbidden);
  const migrated = migrateToCurrent(json.value);
  if (!migrated.ok) return migrated;
  const parsed = EnvelopeSchema.safeParse(migrated.value);
  if (!parsed.success) return err(zodProblems(parsed.error, migrated.value));
  const broken = checkReferences(parsed.data);
  if (broken.length > 0) return err(broken);
  const statementPaths = new Map(parsed.data.statements.map((statement, i) => [statement.id, `statements[${i}]`]));
  const texts = new Map(parsed.data.articles.map((article) => [article.id, article.text]));
  const placed = placeStatements(
    parsed.data.statements,
    (statement) => texts.get(statement.articleId),
    (statement) => statementPaths.get(statement.id) ?? 'statements',
  );
  const refused = nothingPlaceable(placed.placement, placed.statements.length);
  if (refused) return err(refused);
  return ok({
    envelope: { ...parsed.data, statements: placed.statements },
    placement: placed.placement,
    statementPaths,
  });
}
