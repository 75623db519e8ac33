import type { Speaker } from '../model/speaker';
import { searchKey } from '../text/searchKey';
import { speakerByName } from './speakerByName';

/**
 * Why a speaker may not take this name and these aliases, as a sentence, or
 * undefined when they are free. The name must not be another speaker's name
 * or alias, since typing it would then find two people; an alias must not be
 * another speaker's name. Two speakers may share an alias ("the minister").
 * `exceptId` is the speaker being edited.
 */
export function speakerNameClash(
  speakers: readonly Speaker[],
  name: string,
  aliases: readonly string[],
  exceptId?: string,
): string | undefined {
  const holder = speakerByName(speakers, name, exceptId);
  if (holder) {
    const taken =
      searchKey(holder.name) === searchKey(name)
        ? `is already in the registry as ${holder.name}`
        : `is already an alias of ${holder.name}`;
    return `“${name.trim()}” ${taken}. Pick that speaker, or give this one a name that tells them apart.`;
  }
  for (const alias of aliases) {
    const named = speakers.find((s) => s.id !== exceptId && searchKey(s.name) === searchKey(alias));
    if (named)
      return `The alias “${alias.trim()}” is the name of another speaker, ${named.name}. Remove it, or pick that speaker.`;
  }
  return undefined;
}
