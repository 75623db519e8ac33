import type { z } from 'zod';

/** One reason an imported file was refused, with where in the file it is. */
export interface ExchangeIssue {
  /** Dotted path into the file ("first.items.2.target.source"); "" for the whole file. */
  path: string;
  message: string;
}

/**
 * Turn a zod error into issues a person can follow, each path prefixed with
 * where the parsed value sits in the file.
 */
export function exchangeIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): ExchangeIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}
