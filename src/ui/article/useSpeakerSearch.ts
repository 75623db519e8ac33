import { useCallback } from 'react';
import type { Speaker } from '../../core/model/speaker';
import { aliasTarget } from '../../core/speakers/aliasTarget';
import { findSpeakers } from '../../core/speakers/findSpeakers';
import { speakerLabels } from '../../core/speakers/speakerByName';
import { pickSearch, type PickOption } from '../common/pickSearch';

/** Option ids of this form offer to add the typed name as an alias. */
export const ALIAS_OPTION_PREFIX = 'alias:';

/**
 * The Speaker combobox's search: names and aliases, ignoring case and accents.
 * A new name that names a registered speaker more fully ("Secretary of State
 * Antony Blinken") is offered as that speaker's alias, after the speakers
 * found, so that it is never what the first arrow key reaches by default.
 */
export function useSpeakerSearch(speakers: readonly Speaker[]) {
  return useCallback(
    (query: string) => {
      const matches = findSpeakers(speakers, query);
      const options: PickOption[] = matches.map((m) => ({
        id: m.speaker.id,
        label: m.speaker.name,
        detail: m.matched !== m.speaker.name ? `(${m.matched})` : m.speaker.role ? `· ${m.speaker.role}` : undefined,
      }));
      const toOption = (s: Speaker): PickOption => options.find((o) => o.id === s.id) ?? { id: s.id, label: s.name };
      const result = pickSearch(speakers, speakerLabels, toOption, query, options);
      const target = result.choice.kind !== 'match' && query.trim() ? aliasTarget(speakers, query.trim()) : undefined;
      if (target)
        options.push({
          id: `${ALIAS_OPTION_PREFIX}${target.id}`,
          label: `Add “${query.trim()}” as an alias of ${target.name}`,
        });
      return result;
    },
    [speakers],
  );
}
