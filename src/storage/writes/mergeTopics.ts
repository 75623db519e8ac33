import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Change } from '../../core/model/change';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { mergedTopic } from '../../core/registry/mergedTopic';
import { err, type Result } from '../../core/result';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';

/** A merge done: the topic that remains, how many statements moved, and the step to undo it. */
export interface MergedTopics {
  topic: Topic;
  moved: number;
  change: Change;
}

/**
 * Fold other topics into one, in one transaction: their statements move to
 * the target with their stances, the target takes a description from them
 * if it has none (see mergedTopic), and they are deleted. The Change undoes
 * all of it with applyChange. Refused, with nothing written, when a topic is
 * not in the library or the target is among the others.
 */
export async function mergeTopics(
  db: QuotemarkDatabase,
  targetId: string,
  otherIds: readonly string[],
  now: Date = new Date(),
): Promise<Result<MergedTopics>> {
  const ids = [...new Set(otherIds)];
  if (ids.length === 0) return err('Pick at least one topic to merge into this one.');
  if (ids.includes(targetId)) return err('A topic cannot be merged into itself.');
  return settleRefusal(() =>
    db.transaction('rw', db.topics, db.statements, async () => {
      const target = await db.topics.get(targetId);
      const others = (await db.topics.bulkGet(ids)).filter((t): t is Topic => t !== undefined);
      if (!target || others.length !== ids.length) {
        throw new Refusal(
          'A topic to merge is not in the library any more (perhaps deleted in another tab). Nothing was changed.',
        );
      }
      const topic = mergedTopic(target, others);
      const change = new ChangeBuilder('merge topics');
      const moved: Statement[] = [];
      for (const statement of await db.statements.where('topicId').anyOf(ids).toArray()) {
        const after: Statement = { ...statement, topicId: targetId, updatedAt: now.toISOString() };
        change.record('statements', statement.id, statement, after);
        moved.push(after);
      }
      change.record('topics', targetId, target, topic);
      for (const other of others) change.record('topics', other.id, other, null);
      await db.statements.bulkPut(moved);
      await db.topics.put(topic);
      await db.topics.bulkDelete(ids);
      return { topic, moved: moved.length, change: change.build() };
    }),
  );
}
