import { problemPath } from '../import/ImportProblem';
import { err, ok, type Result } from '../result';
import { UnitizingStudySchema, type UnitizingStudy } from './unitizingStudy';

/** What is wrong with a study file, at a JSON path ('' for the whole), as a sentence that names it. */
export interface StudyProblem {
  path: string;
  message: string;
}

/**
 * A parsed JSON value as a unitizing study, or every way it falls short of
 * the shape (UnitizingStudySchema) as sentences naming the path:
 * "units[3].length must be a positive whole number". Whether the study's
 * fields fit together (coders, continuum, overlaps) is unitizingAlpha's to
 * say.
 */
export function parseUnitizingStudy(value: unknown): Result<UnitizingStudy, StudyProblem[]> {
  const parsed = UnitizingStudySchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  return err(
    parsed.error.issues.map((issue) => {
      const path = problemPath(issue.path);
      return { path, message: `${path || 'The file'} ${issue.message}.` };
    }),
  );
}
