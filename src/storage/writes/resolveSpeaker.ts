import type { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Speaker } from '../../core/model/speaker';
import { newSpeaker } from '../../core/speakers/newSpeaker';
import { speakerByName } from '../../core/speakers/speakerByName';
import type { ParsedStatementDraft } from '../../core/statements/statementDraft';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal } from '../database/Refusal';

/**
 * The speaker id a statement draft names, registering a new speaker when the
 * typed name is not known yet. Runs inside the caller's rw transaction over
 * speakers, so a later refusal rolls the new speaker back; refuses by
 * throwing a Refusal. A speaker it creates or changes is noted in `change`.
 */
export async function resolveSpeaker(
  db: QuotemarkDatabase,
  choice: ParsedStatementDraft['speaker'],
  roleAtTime: string | undefined,
  stamp: string,
  newId: () => string,
  change: ChangeBuilder,
): Promise<string | null> {
  if (choice === null) return null;
  if ('id' in choice) {
    const picked = await db.speakers.get(choice.id);
    if (!picked)
      throw new Refusal('The chosen speaker is no longer in the registry. Pick the speaker again or type a new name.');
    await adoptRole(db, picked, roleAtTime, stamp, change);
    return picked.id;
  }
  const speakers = await db.speakers.toArray();
  // A typed name that is already known (ignoring case, accents and spacing)
  // is the same speaker; a name beats an alias when both match.
  const known = speakerByName(speakers, choice.newName);
  if (known) {
    await adoptRole(db, known, roleAtTime, stamp, change);
    return known.id;
  }
  const made = newSpeaker({ name: choice.newName, role: roleAtTime }, speakers, newId(), stamp);
  if (!made.ok) throw new Refusal(issueSentence('The new speaker could not be registered', made.error));
  const created = made.value;
  await db.speakers.add(created);
  change.record('speakers', created.id, null, created);
  return created.id;
}

/**
 * The first role a person types for a speaker becomes the speaker's role;
 * an existing role is never overwritten, since roles change over time and
 * the statement keeps its own roleAtTime.
 */
async function adoptRole(
  db: QuotemarkDatabase,
  speaker: Speaker,
  roleAtTime: string | undefined,
  stamp: string,
  change: ChangeBuilder,
): Promise<void> {
  if (roleAtTime === undefined || speaker.role) return;
  const next: Speaker = { ...speaker, role: roleAtTime, updatedAt: stamp };
  await db.speakers.put(next);
  change.record('speakers', speaker.id, speaker, next);
}
