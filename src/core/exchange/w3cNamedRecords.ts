import type { Speaker } from '../model/speaker';
import type { Topic } from '../model/topic';
import { searchKey } from '../text/searchKey';
import { stableHash } from '../text/stableHash';

/**
 * The speakers and topics W3C annotations name, found in the library or
 * made from the names the bodies carry. An annotation names a speaker by id
 * (the app's extension) and by name (its speaker body); when the id is not
 * in the library, a library speaker of that name or alias is taken (case
 * and accents aside), else a new speaker of that name is made, keeping the
 * file's id so a second import finds it. No name and no known id: no
 * speaker. Topics likewise, by label.
 */
export class W3CNamedRecords {
  readonly speakers: Speaker[] = [];
  readonly topics: Topic[] = [];
  private readonly speakerIds: Set<string>;
  private readonly speakerByKey = new Map<string, string>();
  private readonly topicIds: Set<string>;
  private readonly topicByKey = new Map<string, string>();

  constructor(
    library: { speakers: readonly Speaker[]; topics: readonly Topic[] },
    private readonly now: string,
  ) {
    this.speakerIds = new Set(library.speakers.map((s) => s.id));
    for (const speaker of library.speakers) {
      for (const label of [speaker.name, ...speaker.aliases])
        if (!this.speakerByKey.has(searchKey(label))) this.speakerByKey.set(searchKey(label), speaker.id);
    }
    this.topicIds = new Set(library.topics.map((t) => t.id));
    for (const topic of library.topics)
      if (!this.topicByKey.has(searchKey(topic.label))) this.topicByKey.set(searchKey(topic.label), topic.id);
  }

  speakerId(id: string | undefined, name: string | undefined): string | null {
    if (id !== undefined && this.speakerIds.has(id)) return id;
    const clean = name?.trim().slice(0, 300);
    if (!clean) return null;
    const known = this.speakerByKey.get(searchKey(clean));
    if (known !== undefined) return known;
    const made = {
      id: validId(id) ?? `speaker-${stableHash(searchKey(clean))}`,
      name: clean,
      aliases: [],
      kind: 'person' as const,
      createdAt: this.now,
      updatedAt: this.now,
    };
    this.speakers.push(made);
    this.speakerIds.add(made.id);
    this.speakerByKey.set(searchKey(clean), made.id);
    return made.id;
  }

  topicId(id: string | undefined, label: string | undefined): string | undefined {
    if (id !== undefined && this.topicIds.has(id)) return id;
    const clean = label?.trim().slice(0, 300);
    if (!clean) return undefined;
    const known = this.topicByKey.get(searchKey(clean));
    if (known !== undefined) return known;
    const made = { id: validId(id) ?? `topic-${stableHash(searchKey(clean))}`, label: clean };
    this.topics.push(made);
    this.topicIds.add(made.id);
    this.topicByKey.set(searchKey(clean), made.id);
    return made.id;
  }
}

function validId(id: string | undefined): string | undefined {
  return id !== undefined && id.length > 0 && id.length <= 200 ? id : undefined;
}
