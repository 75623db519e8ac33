import type { Speaker } from '../model/speaker';
import { searchKey } from '../text/searchKey';
import type { SpeakerMerge } from './ImportPlan';

/**
 * Incoming speakers not in the library by id whose name or one of whose
 * aliases matches an existing speaker's name or alias (compared by
 * searchKey: case, spacing and diacritics aside). The first match wins.
 */
export function speakerMerges(incoming: readonly Speaker[], existing: readonly Speaker[]): SpeakerMerge[] {
  const existingIds = new Set(existing.map((speaker) => speaker.id));
  const byKey = new Map<string, Speaker>();
  for (const speaker of existing) {
    for (const label of [speaker.name, ...speaker.aliases]) {
      const key = searchKey(label);
      if (!byKey.has(key)) byKey.set(key, speaker);
    }
  }
  const merges: SpeakerMerge[] = [];
  for (const speaker of incoming) {
    if (existingIds.has(speaker.id)) continue;
    const match = [speaker.name, ...speaker.aliases].map((label) => byKey.get(searchKey(label))).find(Boolean);
    if (match) merges.push({ incomingId: speaker.id, existingId: match.id, name: match.name });
  }
  return merges;
}

/**
 * The existing speakers with the names and aliases of the incoming speakers
 * merged into them added as aliases, where new. Only speakers that gain an
 * alias are returned.
 */
export function speakersWithMergedAliases(
  merges: readonly SpeakerMerge[],
  incoming: readonly Speaker[],
  existing: readonly Speaker[],
): Speaker[] {
  const incomingById = new Map(incoming.map((speaker) => [speaker.id, speaker]));
  const updated = new Map<string, Speaker>();
  for (const merge of merges) {
    const source = incomingById.get(merge.incomingId);
    const target = updated.get(merge.existingId) ?? existing.find((speaker) => speaker.id === merge.existingId);
    if (!source || !target) continue;
    const known = new Set([target.name, ...target.aliases].map(searchKey));
    const aliases = [...target.aliases];
    for (const label of [source.name, ...source.aliases]) {
      const key = searchKey(label);
      if (!known.has(key)) {
        known.add(key);
        aliases.push(label);
      }
    }
    if (aliases.length > target.aliases.length) updated.set(target.id, { ...target, aliases });
  }
  return [...updated.values()];
}
