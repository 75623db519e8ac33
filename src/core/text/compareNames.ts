// One collator for every name, label and title the app sorts. English, not
// the browser's locale, so a list, an export and a test order names the same
// everywhere; base sensitivity, so case and accents do not split a list
// ("Ändrea" beside "Andrea", "de Klerk" among the Ds); numeric, so "Speaker
// 2" comes before "Speaker 10".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Two names as a person reads them in a list: 0 when they differ only in
 * case or accents, so callers break such ties by id (compareByName,
 * compareByLabel, compareByTitle).
 */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
