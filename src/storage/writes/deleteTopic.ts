import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Change } from '../../core/model/change';
import type { Topic } from '../../core/model/topic';
import { registryUsage, type RegistryUsage } from '../../core/registry/registryUsage';
import { withoutTopic } from '../../core/registry/withoutTopic';
import type { Result } from '../../core/result';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';

/** A topic deleted: which it was, what it touched, and the step to undo it. */
export interface DeletedTopic {
  topic: Topic;
  usage: RegistryUsage;
  change: Change;
}

/**
 * Remove a topic in one transaction. Its statements stay with no topic and
 * their stance kept (see withoutTopic). The Change undoes all of it with
 * applyChange. Refused, with nothing written, when the topic is not in the
 * library (perhaps deleted in another tab).
 */
export function deleteTopic(
  db: QuotemarkDatabase,
  topicId: string,
  now: Date = new Date(),
): Promise<Result<DeletedTopic>> {
  return settleRefusal(() =>
    db.transaction('rw', db.topics, db.statements, async () => {
      const topic = await db.topics.get(topicId);
      if (!topic)
        throw new Refusal(
          'That topic is not in the library any more (perhaps deleted or merged in another tab). Nothing was changed.',
        );
      const naming = await db.statements.where('topicId').equals(topicId).toArray();
      const change = new ChangeBuilder(`delete topic ${topic.label}`);
      const kept = naming.map((statement) => {
        const after = withoutTopic(statement, now);
        change.record('statements', statement.id, statement, after);
        return after;
      });
      change.record('topics', topicId, topic, null);
      await db.statements.bulkPut(kept);
      await db.topics.delete(topicId);
      return { topic, usage: registryUsage(naming), change: change.build() };
    }),
  );
}
