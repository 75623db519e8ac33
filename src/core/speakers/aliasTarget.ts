import type { Speaker } from '../model/speaker';
import { searchKey } from '../text/searchKey';
import { speakerByName } from './speakerByName';

/**
 * The registered speaker a newly typed name probably refers to, to offer it
 * as that speaker's alias:
 * - the typed name contains a speaker's full name as whole words
 *   ("Secretary of State Antony Blinken", "Sen. Ben Sasse"), or
 * - it is one word equal to the last word of a person's name ("Blinken").
 * Undefined when the typed name already is a speaker's name or alias (that
 * is a match, not a new name), when no speaker qualifies, and when more than
 * one does: an ambiguous guess would attach words to the wrong person.
 */
export function aliasTarget(speakers: readonly Speaker[], typedName: string): Speaker | undefined {
  const typed = words(typedName);
  if (typed.length === 0 || speakerByName(speakers, typedName)) return undefined;
  const found = speakers.filter((speaker) => {
    const name = words(speaker.name);
    if (name.length === 0) return false;
    if (containsRun(typed, name)) return true;
    // Only people go by a surname; "Department" alone is not the Treasury.
    return typed.length === 1 && name.length > 1 && speaker.kind === 'person' && typed[0] === name[name.length - 1];
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The words of a name as search compares them: "Sen. Ben Sasse" -> sen, ben,
 * sasse. An apostrophe stays inside its word, so "O’Rourke" is one word.
 */
function words(name: string): string[] {
  return searchKey(name)
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w !== '');
}

/** True when `run` occurs in `all` as consecutive words. */
function containsRun(all: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= all.length; i++) {
    if (run.every((word, j) => all[i + j] === word)) return true;
  }
  return false;
}
