import type { Speaker } from '../model/speaker';
import { exactMatch } from '../text/exactMatch';

/** A speaker's labels as typing compares them: the name first, then the aliases. */
export const speakerLabels = (speaker: Speaker): string[] => [speaker.name, ...speaker.aliases];

/**
 * The speaker whose name or an alias is `name`, ignoring case, diacritics and
 * spacing; a name beats an alias when both match. `exceptId` leaves one
 * speaker out, so a speaker being edited does not clash with itself.
 */
export function speakerByName(speakers: readonly Speaker[], name: string, exceptId?: string): Speaker | undefined {
  return exactMatch(
    speakers.filter((s) => s.id !== exceptId),
    speakerLabels,
    name,
  );
}
