import { exactMatch } from './exactMatch';
import { nearDuplicates } from './nearDuplicates';
import { searchKey } from './searchKey';

/** What text typed into a pick-or-create box stands for. */
export type TypedChoice<T> =
  /** Blank: the field is emptied. */
  | { kind: 'clear' }
  /** A name or alias typed exactly (case and accents ignored). */
  | { kind: 'match'; entry: T }
  /** Nothing resembles it: a new entry by this label. */
  | { kind: 'create'; label: string }
  /** It resembles entries without naming one: the person must say which, or that it is new. */
  | { kind: 'ask'; label: string; similar: T[] };

/**
 * The entries typed text resembles, for "Did you mean …": its near-duplicates
 * (closest first), then entries with a label containing it or contained in it
 * ("sasse" and "Sen. Ben Sasse" both resemble Ben Sasse), at most `limit`.
 */
export function resemblingEntries<T>(
  entries: readonly T[],
  labelsOf: (entry: T) => readonly string[],
  typed: string,
  limit = 5,
): T[] {
  const key = searchKey(typed);
  if (key === '') return [];
  const near = nearDuplicates(entries, labelsOf, typed, limit);
  const resembles = (label: string) => {
    const other = searchKey(label);
    return other !== '' && (other.includes(key) || key.includes(other));
  };
  const containing = entries.filter((e) => !near.includes(e) && labelsOf(e).some(resembles));
  return [...near, ...containing].slice(0, limit);
}

/**
 * What typed text commits to when the person has not moved to an option:
 * the entry it names exactly, else a new entry only if nothing resembles it,
 * else a question. A partial or misspelt name never silently becomes
 * someone ("Bl" is not Antony Blinken) nor a near-duplicate entry.
 */
export function choiceForTyped<T>(
  entries: readonly T[],
  labelsOf: (entry: T) => readonly string[],
  typed: string,
): TypedChoice<T> {
  const label = typed.trim();
  if (searchKey(label) === '') return { kind: 'clear' };
  const entry = exactMatch(entries, labelsOf, label);
  if (entry !== undefined) return { kind: 'match', entry };
  const similar = resemblingEntries(entries, labelsOf, label);
  return similar.length === 0 ? { kind: 'create', label } : { kind: 'ask', label, similar };
}
