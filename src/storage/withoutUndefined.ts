/**
 * A copy of a record without its undefined-valued keys. zod keeps
 * `{ claim: undefined }` as a present key and IndexedDB would store it, so
 * records are cleaned before writing: stored and exported records then only
 * carry the fields they have.
 */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
