import { compareNames } from './compareNames';
import { editDistance } from './editDistance';
import { searchKey } from './searchKey';

/** Labels this close (after searchKey) are probably the same entry typed twice. */
export const NEAR_DUPLICATE_DISTANCE = 2;

/**
 * How far `typed` is from `label` as a near-duplicate: the edit distance of
 * their search keys when it is at most NEAR_DUPLICATE_DISTANCE, or when one
 * key is a prefix of the other ("Sanctions over" and "Sanctions over
 * Xinjiang"); undefined when they are not alike, and when they are equal
 * (that is an exact match, not a near-duplicate).
 */
export function nearDuplicateDistance(typed: string, label: string): number | undefined {
  const a = searchKey(typed);
  const b = searchKey(label);
  if (a === '' || b === '' || a === b) return undefined;
  const distance = editDistance(a, b, NEAR_DUPLICATE_DISTANCE);
  if (distance <= NEAR_DUPLICATE_DISTANCE) return distance;
  if (a.startsWith(b) || b.startsWith(a)) return Math.abs(Array.from(a).length - Array.from(b).length);
  return undefined;
}

/**
 * The entries a new label `typed` would nearly duplicate, closest first (then
 * by first label), at most `limit`. None when an entry matches exactly: then
 * there is nothing to create.
 */
export function nearDuplicates<T>(
  entries: readonly T[],
  labelsOf: (entry: T) => readonly string[],
  typed: string,
  limit = 5,
): T[] {
  const key = searchKey(typed);
  if (key === '' || entries.some((e) => labelsOf(e).some((label) => searchKey(label) === key))) return [];
  const scored: { entry: T; distance: number; name: string }[] = [];
  for (const entry of entries) {
    const distances = labelsOf(entry)
      .map((label) => nearDuplicateDistance(typed, label))
      .filter((d): d is number => d !== undefined);
    if (distances.length > 0) scored.push({ entry, distance: Math.min(...distances), name: labelsOf(entry)[0] ?? '' });
  }
  scored.sort((x, y) => x.distance - y.distance || compareNames(x.name, y.name));
  return scored.slice(0, limit).map((s) => s.entry);
}
