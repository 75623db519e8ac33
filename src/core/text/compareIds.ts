/**
 * Two record ids in one fixed order, by UTF-16 code unit: the tie-break of
 * every ordering, so records that compare equal otherwise (two speakers of
 * one name, two statements on one span) come out the same way on every
 * machine and in every file. Not localeCompare, which depends on the locale.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
