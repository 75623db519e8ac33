import { problemPath, type ImportProblem } from './ImportProblem';

/** Keys that could reach an object's prototype if a later step copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A path as a chain back to the root, so descending costs one link, not a copy of the path. */
interface PathLink {
  key: PropertyKey;
  parent: PathLink | null;
}

/**
 * Every object key in a parsed JSON value that names a prototype slot.
 * JSON.parse makes `"__proto__"` an own property (no pollution yet), so the
 * walk reads Object.keys; it uses its own stack, so deep nesting cannot
 * overflow the call stack, and it keeps paths as links to the parent, so a
 * file nested thousands deep is walked in linear time rather than copying
 * its path at every level.
 */
export function findForbiddenKeys(value: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const stack: { value: unknown; path: PathLink | null }[] = [{ value, path: null }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: current, path } = next;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: { key: i, parent: path } }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const link = { key, parent: path };
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: problemPath(segments(link)),
          message: `The key "${key}" is not allowed in a Quotemark file.`,
        });
      } else {
        stack.push({ value: (current as Record<string, unknown>)[key], path: link });
      }
    }
  }
  return problems;
}

function segments(link: PathLink | null): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let at = link; at; at = at.parent) keys.push(at.key);
  return keys.reverse();
}
