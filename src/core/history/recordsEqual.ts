/**
 * Deep equality of two stored records (plain JSON-like values), ignoring the
 * order of object keys: a record parsed by zod lists its keys in schema
 * order, while the same record read back from IndexedDB may not. A key
 * holding undefined counts as absent, as it does once stored.
 */
export function recordsEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => recordsEqual(item, b[i]));
  }
  const left = definedEntries(a);
  const right = new Map(definedEntries(b));
  return (
    left.length === right.size && left.every(([key, value]) => right.has(key) && recordsEqual(value, right.get(key)))
  );
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}
