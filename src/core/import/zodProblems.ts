import type { z } from 'zod';
import { problemPath, type ImportProblem } from './ImportProblem';

/** Each zod issue as an import problem at its path. */
export function zodProblems(error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => ({ path: problemPath(issue.path), message: sentence(issue.message) }));
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
