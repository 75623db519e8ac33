/**
 * A copy of a record without its undefined-valued keys (null, '', 0 and
 * false stay). zod keeps `{ claim: undefined }` as a present key and
 * IndexedDB would store it, so records are cleaned before writing (and
 * statements read from a W3C file before they are checked): stored and
 * exported records then only carry the fields they have, and a filter set
 * back to "any" is simply absent.
 */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
