import { useCallback } from 'react';
import type { Speaker } from '../../core/model/speaker';
import { findSpeakers } from '../../core/speakers/findSpeakers';
import type { PickOption } from '../common/PickOrCreate';

/** The Speaker combobox's search: names and aliases, ignoring case and accents. */
export function useSpeakerSearch(speakers: readonly Speaker[]) {
  return useCallback(
    (query: string) => {
      const matches = findSpeakers(speakers, query);
      const options: PickOption[] = matches.map((m) => ({
        id: m.speaker.id,
        label: m.speaker.name,
        detail: m.matched !== m.speaker.name ? `(${m.matched})` : m.speaker.role ? `· ${m.speaker.role}` : undefined,
      }));
      const exactMatch = matches.find((m) => m.exact);
      return { options, exact: exactMatch && options.find((o) => o.id === exactMatch.speaker.id) };
    },
    [speakers],
  );
}
