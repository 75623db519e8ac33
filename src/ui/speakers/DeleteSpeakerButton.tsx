import type { Speaker } from '../../core/model/speaker';
import type { RegistryUsage } from '../../core/registry/registryUsage';
import { appDatabase } from '../../storage/database/appDatabase';
import { deleteSpeaker } from '../../storage/writes/deleteSpeaker';
import { registryUsageOf } from '../../storage/reads/registryUsageOf';
import { DeleteFromRegistry } from '../registry/DeleteFromRegistry';
import { deletionConsequence } from '../common/usageWords';

/** "Delete speaker", after a confirmation naming how many statements lose their speaker. */
export function DeleteSpeakerButton({
  speaker,
  onDeleted,
}: {
  speaker: Speaker;
  onDeleted: (usage: RegistryUsage) => void;
}) {
  return (
    <DeleteFromRegistry
      action="Delete speaker"
      question={`Delete speaker ${speaker.name}?`}
      readUsage={() => registryUsageOf(appDatabase, 'speakerId', speaker.id)}
      consequence={(usage) => deletionConsequence(speaker.name, usage, { one: 'quote', many: 'quotes' }, 'no speaker')}
      remove={() => deleteSpeaker(appDatabase, speaker.id)}
      onDeleted={onDeleted}
    />
  );
}
