import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Change } from '../../core/model/change';
import { SpeakerSchema, type Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import { err, type Result } from '../../core/result';
import { speakerNameClash } from '../../core/speakers/speakerNameClash';
import { searchKey } from '../../core/text/searchKey';
import { uniqueLabels } from '../../core/text/uniqueLabels';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/** A merge done: the speaker that remains, and the step to undo it. */
export interface MergedSpeakers {
  speaker: Speaker;
  change: Change;
}

/**
 * Fold other speakers into one, in one transaction: their statements move
 * to the target, their names and aliases become the target's aliases (each
 * once, never the target's own name), the target's missing role,
 * affiliation and notes are filled from them, and they are deleted. The
 * Change undoes all of it with applyChange. Refused, with nothing written,
 * when a speaker is not in the registry or the target is among the others.
 */
export async function mergeSpeakers(
  db: QuotemarkDatabase,
  targetId: string,
  otherIds: readonly string[],
  now: Date = new Date(),
): Promise<Result<MergedSpeakers>> {
  const ids = [...new Set(otherIds)];
  if (ids.length === 0) return err('Pick at least one speaker to merge into this one.');
  if (ids.includes(targetId)) return err('A speaker cannot be merged into themselves.');
  return settleRefusal(() =>
    db.transaction('rw', db.speakers, db.statements, async () => {
      const target = await db.speakers.get(targetId);
      const found = await db.speakers.bulkGet(ids);
      const others = found.filter((s): s is Speaker => s !== undefined);
      if (!target || others.length !== ids.length) {
        throw new Refusal(
          'A speaker to merge is not in the registry any more (perhaps deleted in another tab). Nothing was changed.',
        );
      }
      const next = mergedSpeaker(target, others, now);
      const rest = (await db.speakers.toArray()).filter((s) => s.id !== targetId && !ids.includes(s.id));
      const clash = speakerNameClash(rest, next.name, next.aliases);
      if (clash) throw new Refusal(`The speakers could not be merged: ${clash}`);
      const checked = SpeakerSchema.safeParse(next);
      if (!checked.success) throw new Refusal(issueSentence('The speakers could not be merged', checked.error));
      const speaker = withoutUndefined(checked.data);

      const change = new ChangeBuilder('merge speakers');
      const moved: Statement[] = [];
      for (const statement of await db.statements.where('speakerId').anyOf(ids).toArray()) {
        const after: Statement = { ...statement, speakerId: targetId, updatedAt: now.toISOString() };
        change.record('statements', statement.id, statement, after);
        moved.push(after);
      }
      change.record('speakers', targetId, target, speaker);
      for (const other of others) change.record('speakers', other.id, other, null);

      await db.statements.bulkPut(moved);
      await db.speakers.put(speaker);
      await db.speakers.bulkDelete(ids);
      return { speaker, change: change.build() };
    }),
  );
}

/** The target with the others' names as aliases and its blanks filled from theirs. */
function mergedSpeaker(target: Speaker, others: readonly Speaker[], now: Date): Speaker {
  const name = searchKey(target.name);
  const aliases = uniqueLabels([...target.aliases, ...others.flatMap((o) => [o.name, ...o.aliases])]).filter(
    (alias) => searchKey(alias) !== name,
  );
  const fill = (field: 'role' | 'affiliation' | 'notes') =>
    target[field]?.trim() ? target[field] : others.map((o) => o[field]).find((value) => value?.trim());
  return withoutUndefined({
    ...target,
    aliases,
    role: fill('role'),
    affiliation: fill('affiliation'),
    notes: fill('notes'),
    updatedAt: now.toISOString(),
  });
}
