import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Change } from '../../core/model/change';
import type { Speaker } from '../../core/model/speaker';
import { registryUsage, type RegistryUsage } from '../../core/registry/registryUsage';
import { withoutSpeaker } from '../../core/registry/withoutSpeaker';
import type { Result } from '../../core/result';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';

/** A speaker deleted: who it was, what it touched, and the step to undo it. */
export interface DeletedSpeaker {
  speaker: Speaker;
  usage: RegistryUsage;
  change: Change;
}

/**
 * Remove a speaker from the registry in one transaction. Its statements
 * stay, quotes and all, with no speaker (see withoutSpeaker). The Change
 * undoes all of it with applyChange. Refused, with nothing written, when
 * the speaker is not in the registry (perhaps deleted in another tab).
 */
export function deleteSpeaker(
  db: QuotemarkDatabase,
  speakerId: string,
  now: Date = new Date(),
): Promise<Result<DeletedSpeaker>> {
  return settleRefusal(() =>
    db.transaction('rw', db.speakers, db.statements, async () => {
      const speaker = await db.speakers.get(speakerId);
      if (!speaker)
        throw new Refusal(
          'That speaker is not in the registry any more (perhaps deleted or merged in another tab). Nothing was changed.',
        );
      const naming = await db.statements.where('speakerId').equals(speakerId).toArray();
      const change = new ChangeBuilder(`delete speaker ${speaker.name}`);
      const kept = naming.map((statement) => {
        const after = withoutSpeaker(statement, now);
        change.record('statements', statement.id, statement, after);
        return after;
      });
      change.record('speakers', speakerId, speaker, null);
      await db.statements.bulkPut(kept);
      await db.speakers.delete(speakerId);
      return { speaker, usage: registryUsage(naming), change: change.build() };
    }),
  );
}
