import type { z } from 'zod';

/**
 * The first issue of a failed parse as a sentence naming the field path,
 * e.g. "The statement could not be saved: quote.end: end must be greater
 * than start."
 */
export function issueSentence(what: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  const message = (issue?.message ?? 'invalid').replace(/\.$/, '');
  return `${what}: ${path}: ${message}.`;
}
