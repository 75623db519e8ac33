import { expect } from 'vitest';
import type { ImportProblem } from '../../../src/core/import/ImportProblem';
import { parseLibraryFile, type ParsedLibrary } from '../../../src/core/import/parseLibraryFile';
import v0 from '../../fixtures/exchange/v0.json';
import v1 from '../../fixtures/exchange/v1.json';

type Json = Record<string, unknown> & { statements: Record<string, unknown>[]; articles: Record<string, unknown>[] };

/** A fresh, editable copy of a fixture file (format 0 or 1). */
export function fixture(version: 0 | 1 = 1): Json {
  return structuredClone(version === 0 ? v0 : v1) as unknown as Json;
}

/** Parse a file that must be accepted. */
export function mustParse(text: string): ParsedLibrary {
  const parsed = parseLibraryFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** The problems of a file that must be refused; each one has a message. */
export function problemsOf(text: string): ImportProblem[] {
  const parsed = parseLibraryFile(text);
  expect(parsed.ok).toBe(false);
  const problems = parsed.ok ? [] : parsed.error;
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
  return problems;
}

/** The paths of a refused file's problems. */
export const pathsOf = (text: string): string[] => problemsOf(text).map((problem) => problem.path);
