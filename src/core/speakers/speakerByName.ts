import type { Speaker } from '../model/speaker';
import { searchKey } from '../text/searchKey';

/**
 * The speaker whose name or an alias is `name`, ignoring case, diacritics and
 * spacing; a name beats an alias when both match. `exceptId` leaves one
 * speaker out, so a speaker being edited does not clash with itself.
 */
export function speakerByName(speakers: readonly Speaker[], name: string, exceptId?: string): Speaker | undefined {
  const key = searchKey(name);
  if (key === '') return undefined;
  const others = speakers.filter((s) => s.id !== exceptId);
  return (
    others.find((s) => searchKey(s.name) === key) ??
    others.find((s) => s.aliases.some((alias) => searchKey(alias) === key))
  );
}
