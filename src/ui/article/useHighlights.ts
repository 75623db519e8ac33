import { useMemo } from 'react';
import type { Speaker } from '../../core/model/speaker';
import type { HighlightSpec } from '../../editor/highlightSpec';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import type { PlacedStatements } from './usePlacedStatements';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

/** What the editor draws for each placed statement: colour and hover label. */
export function useHighlights(placed: PlacedStatements['placed'], speakers: Speaker[] | undefined): HighlightSpec[] {
  return useMemo(() => {
    const byId = new Map((speakers ?? []).map((s) => [s.id, s]));
    return placed.map(({ statement: s, start, end, cue }) => {
      const speaker = s.speakerId ? byId.get(s.speakerId) : undefined;
      const parts = [speaker?.name ?? 'No speaker', KIND_LABELS[s.kind], s.stance ? STANCE_LABELS[s.stance] : undefined];
      return {
        id: s.id,
        start,
        end,
        color: colorOfSpeaker(speaker),
        label: parts.filter(Boolean).join(' · '),
        pending: s.status === 'pending',
        ...(cue && { cue }),
      };
    });
  }, [placed, speakers]);
}
