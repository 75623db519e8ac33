import type { RegistryUsage } from '../../core/registry/registryUsage';
import type { Topic } from '../../core/model/topic';
import { appDatabase } from '../../storage/database/appDatabase';
import { deleteTopic } from '../../storage/writes/deleteTopic';
import { registryUsageOf } from '../../storage/reads/registryUsageOf';
import { DeleteFromRegistry } from '../registry/DeleteFromRegistry';
import { deletionConsequence } from '../common/usageWords';

/** "Delete topic", after a confirmation naming how many statements lose their topic. */
export function DeleteTopicButton({ topic, onDeleted }: { topic: Topic; onDeleted: (usage: RegistryUsage) => void }) {
  return (
    <DeleteFromRegistry
      action="Delete topic"
      question={`Delete topic “${topic.label}”?`}
      readUsage={() => registryUsageOf(appDatabase, 'topicId', topic.id)}
      consequence={(usage) =>
        deletionConsequence(
          `“${topic.label}”`,
          usage,
          { one: 'quote and stance', many: 'quotes and stances' },
          'no topic',
        )
      }
      remove={() => deleteTopic(appDatabase, topic.id)}
      onDeleted={onDeleted}
    />
  );
}
