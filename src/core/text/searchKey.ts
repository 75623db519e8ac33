/**
 * The form of a name that search compares: no diacritics, lower case,
 * single spaces. "Hua Chunying", "hua  chunying" and "Húa Chunying" agree.
 */
export function searchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
