import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import { SpeakerSchema, type Speaker } from '../../core/model/speaker';
import { SpeakerInputSchema, type SpeakerInput } from '../../core/model/speakerInput';
import { err, type Result } from '../../core/result';
import { speakerNameClash } from '../../core/speakers/speakerNameClash';
import type { SavedSpeaker } from './createSpeaker';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/**
 * Replace a speaker's name, aliases, kind, role, affiliation and notes with
 * what the person typed: the input is the whole form, so an optional field
 * left out or blank is cleared. The colour is the exception: left out, it
 * stays as it is, since highlights need one. Refused when the new name is
 * another speaker's name or alias, or an alias is another speaker's name.
 */
export async function updateSpeaker(
  db: QuotemarkDatabase,
  id: string,
  input: SpeakerInput,
  now: Date = new Date(),
): Promise<Result<SavedSpeaker>> {
  const parsed = SpeakerInputSchema.safeParse(input);
  if (!parsed.success) return err(issueSentence('The speaker could not be saved', parsed.error));
  const fields = parsed.data;
  return settleRefusal(() =>
    db.transaction('rw', db.speakers, async () => {
      const previous = await db.speakers.get(id);
      if (!previous) throw new Refusal('That speaker is not in the registry any more.');
      const clash = speakerNameClash(await db.speakers.toArray(), fields.name, fields.aliases, id);
      if (clash) throw new Refusal(clash);
      const next: Speaker = {
        ...fields,
        id,
        color: fields.color ?? previous.color,
        createdAt: previous.createdAt,
        updatedAt: now.toISOString(),
      };
      const checked = SpeakerSchema.safeParse(withoutUndefined(next));
      if (!checked.success) throw new Refusal(issueSentence('The speaker could not be saved', checked.error));
      const speaker = withoutUndefined(checked.data);
      await db.speakers.put(speaker);
      return { speaker, change: new ChangeBuilder('edit speaker').record('speakers', id, previous, speaker).build() };
    }),
  );
}
