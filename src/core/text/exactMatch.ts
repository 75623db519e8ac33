import { searchKey } from './searchKey';

/**
 * The entry one of whose labels is `typed`, ignoring case, diacritics and
 * spacing (searchKey). An entry's first label (its name) beats another
 * entry's later labels (aliases): "Blinken" typed finds the speaker named
 * Blinken before the one who merely has it as an alias. Undefined for blank
 * text.
 */
export function exactMatch<T>(
  entries: readonly T[],
  labelsOf: (entry: T) => readonly string[],
  typed: string,
): T | undefined {
  const key = searchKey(typed);
  if (key === '') return undefined;
  const byName = entries.find((entry) => {
    const [name] = labelsOf(entry);
    return name !== undefined && searchKey(name) === key;
  });
  return byName ?? entries.find((entry) => labelsOf(entry).some((label) => searchKey(label) === key));
}
