import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import { SpeakerSchema } from '../../core/model/speaker';
import { err, type Result } from '../../core/result';
import { speakerNameClash } from '../../core/speakers/speakerNameClash';
import { searchKey } from '../../core/text/searchKey';
import type { SavedSpeaker } from './createSpeaker';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/**
 * Add one alias to a speaker ("Blinken" to Antony Blinken), as the speaker
 * combobox offers for a name that probably refers to them (aliasTarget).
 * Refused when the speaker already goes by that name, or it is another
 * speaker's name.
 */
export async function addSpeakerAlias(
  db: QuotemarkDatabase,
  id: string,
  alias: string,
  now: Date = new Date(),
): Promise<Result<SavedSpeaker>> {
  const trimmed = alias.trim();
  if (trimmed === '') return err('The alias is empty. Type the other name this speaker goes by.');
  return settleRefusal(() =>
    db.transaction('rw', db.speakers, async () => {
      const previous = await db.speakers.get(id);
      if (!previous) throw new Refusal('That speaker is not in the registry any more.');
      const key = searchKey(trimmed);
      if ([previous.name, ...previous.aliases].some((known) => searchKey(known) === key)) {
        throw new Refusal(`${previous.name} already goes by “${trimmed}”.`);
      }
      const clash = speakerNameClash(await db.speakers.toArray(), previous.name, [trimmed], id);
      if (clash) throw new Refusal(clash);
      const checked = SpeakerSchema.safeParse({
        ...previous,
        aliases: [...previous.aliases, trimmed],
        updatedAt: now.toISOString(),
      });
      if (!checked.success) throw new Refusal(issueSentence('The alias could not be added', checked.error));
      const speaker = withoutUndefined(checked.data);
      await db.speakers.put(speaker);
      return { speaker, change: new ChangeBuilder('add alias').record('speakers', id, previous, speaker).build() };
    }),
  );
}
