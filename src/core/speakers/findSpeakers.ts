import type { Speaker } from '../model/speaker';
import { compareByName } from '../review/compareByName';
import { searchKey } from '../text/searchKey';

export interface SpeakerMatch {
  speaker: Speaker;
  /** The name or alias that matched. */
  matched: string;
  exact: boolean;
}

/**
 * Speakers whose name or an alias contains the query, ignoring case and
 * diacritics; exact matches first, then those starting with the query,
 * each rank in name order (compareByName). An empty query lists everyone.
 */
export function findSpeakers(speakers: readonly Speaker[], query: string): SpeakerMatch[] {
  const q = searchKey(query);
  const matches: (SpeakerMatch & { rank: number })[] = [];
  for (const speaker of speakers) {
    let best: (SpeakerMatch & { rank: number }) | undefined;
    for (const label of [speaker.name, ...speaker.aliases]) {
      const key = searchKey(label);
      const at = key.indexOf(q);
      if (at === -1) continue;
      const rank = key === q ? 0 : at === 0 || key.includes(` ${q}`) ? 1 : 2;
      if (!best || rank < best.rank) best = { speaker, matched: label, exact: rank === 0 && q !== '', rank };
    }
    if (best) matches.push(best);
  }
  matches.sort((a, b) => a.rank - b.rank || compareByName(a.speaker, b.speaker));
  return matches.map(({ speaker, matched, exact }) => ({ speaker, matched, exact }));
}
