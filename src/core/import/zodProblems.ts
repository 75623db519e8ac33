import type { z } from 'zod';
import { problemPath, type ImportProblem } from './ImportProblem';
import { zodIssueSentence } from './zodIssueSentence';

/**
 * Each zod issue as an import problem at its JSON path, worded for a person
 * (zodIssueSentence): "Statement 3 has no speaker", not the validator's
 * "Invalid input: expected string, received undefined". `input` is the value
 * that was parsed (to tell a missing field from a wrong one); `prefix` is
 * where that value sits in the file.
 */
export function zodProblems(error: z.ZodError, input?: unknown, prefix: readonly PropertyKey[] = []): ImportProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return { path: problemPath(path), message: zodIssueSentence(issue, path, valueAt(input, issue.path)) };
  });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
