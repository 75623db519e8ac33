import type { Speaker } from '../model/speaker';
import type { Topic } from '../model/topic';
import { speakerByName } from '../speakers/speakerByName';
import { exactMatch } from '../text/exactMatch';

/** Speakers and topics, as a step would bring them back or as the library will hold them. */
export interface NamedRecords {
  speakers: readonly Speaker[];
  topics: readonly Topic[];
}

/**
 * Why bringing back `recreated` (speakers and topics an undo or redo would
 * create again) would leave two of the same name in `library` (every speaker
 * and topic as the library holds them once the step is applied): a speaker
 * of that name or alias, or a topic of that label, was added since. The same
 * rules as registering a new one (exactMatch: case, accents and spacing
 * ignored). Undefined when nothing clashes.
 */
export function recreatedNameClash(recreated: NamedRecords, library: NamedRecords): string | undefined {
  for (const speaker of recreated.speakers) {
    const holder = speakerByName(library.speakers, speaker.name, speaker.id);
    if (holder)
      return `it would bring back the speaker ${speaker.name}, but another speaker, ${holder.name}, goes by that name now.`;
    const others = library.speakers.filter((s) => s.id !== speaker.id);
    for (const alias of speaker.aliases) {
      const named = exactMatch(others, (s) => [s.name], alias);
      if (named)
        return `it would bring back the speaker ${speaker.name}, whose alias “${alias}” is now the name of another speaker, ${named.name}.`;
    }
  }
  for (const topic of recreated.topics) {
    const holder = exactMatch(
      library.topics.filter((t) => t.id !== topic.id),
      (t) => [t.label],
      topic.label,
    );
    if (holder)
      return `it would bring back the topic “${topic.label}”, but another topic, “${holder.label}”, has that label now.`;
  }
  return undefined;
}
