/** How the Speakers and Topics lists can be ordered besides by name. */
export type CountOrder = 'statements' | 'articles';

/**
 * Rows of a registry list (speakers, topics) in the order chosen: most
 * statements or most articles first, ties and everything else by name.
 * `byName` is the registry's own name order (compareByName for speakers,
 * compareByLabel for topics), so the list reads as the rest of the app.
 * Sorts a copy, so a live query's array is never changed in place.
 */
export function orderByCount<T extends { statementCount: number; articleCount: number }>(
  rows: readonly T[],
  order: CountOrder | 'name',
  byName: (a: T, b: T) => number,
): T[] {
  if (order === 'statements') return [...rows].sort((a, b) => b.statementCount - a.statementCount || byName(a, b));
  if (order === 'articles') return [...rows].sort((a, b) => b.articleCount - a.articleCount || byName(a, b));
  return [...rows].sort(byName);
}
