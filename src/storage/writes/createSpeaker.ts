import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Change } from '../../core/model/change';
import { SpeakerSchema, type Speaker } from '../../core/model/speaker';
import { SpeakerInputSchema, type SpeakerInput } from '../../core/model/speakerInput';
import { err, type Result } from '../../core/result';
import { speakerColor } from '../../core/speakers/speakerColor';
import { speakerNameClash } from '../../core/speakers/speakerNameClash';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/** A speaker as written and the step that wrote it, for the undo history. */
export interface SavedSpeaker {
  speaker: Speaker;
  change: Change;
}

/**
 * Register a new speaker. Refused when the name is already a speaker's name
 * or alias (ignoring case and diacritics), naming that speaker, or when an
 * alias is another speaker's name. Without a colour, the speaker gets the
 * palette colour least used so far.
 */
export async function createSpeaker(
  db: QuotemarkDatabase,
  input: SpeakerInput,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Result<SavedSpeaker>> {
  const parsed = SpeakerInputSchema.safeParse(input);
  if (!parsed.success) return err(issueSentence('The speaker could not be registered', parsed.error));
  const fields = parsed.data;
  const stamp = now.toISOString();
  return settleRefusal(() =>
    db.transaction('rw', db.speakers, async () => {
      const speakers = await db.speakers.toArray();
      const clash = speakerNameClash(speakers, fields.name, fields.aliases);
      if (clash) throw new Refusal(clash);
      const checked = SpeakerSchema.safeParse(
        withoutUndefined({
          ...fields,
          id: newId(),
          color: fields.color ?? speakerColor(speakers.map((s) => s.color)),
          createdAt: stamp,
          updatedAt: stamp,
        }),
      );
      if (!checked.success) throw new Refusal(issueSentence('The speaker could not be registered', checked.error));
      const speaker = withoutUndefined(checked.data);
      await db.speakers.add(speaker);
      return {
        speaker,
        change: new ChangeBuilder('add speaker').record('speakers', speaker.id, null, speaker).build(),
      };
    }),
  );
}
