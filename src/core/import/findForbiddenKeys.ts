import { problemPath, type ImportProblem } from './ImportProblem';

/** Keys that could reach an object's prototype if a later step copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Every object key in a parsed JSON value that names a prototype slot.
 * JSON.parse makes `"__proto__"` an own property (no pollution yet), so the
 * walk reads Object.keys; it uses its own stack, so deep nesting cannot
 * overflow the call stack.
 */
export function findForbiddenKeys(value: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const current = next.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: [...next.path, i] }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const path = [...next.path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: problemPath(path), message: `The key "${key}" is not allowed in a Quotemark file.` });
      } else {
        stack.push({ value: (current as Record<string, unknown>)[key], path });
      }
    }
  }
  return problems;
}
