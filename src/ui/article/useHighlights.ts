import { useMemo } from 'react';
import type { Speaker } from '../../core/model/speaker';
import { overlapLanes } from '../../core/statements/overlapLanes';
import type { StatementsInText } from '../../core/statements/statementsInText';
import type { HighlightSpec } from '../../editor/highlights/highlightSpec';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';
import type { LayerPlaced } from './useLayers';

const NO_LAYERS: LayerPlaced[] = [];

/**
 * What the editor draws for each placed statement: colour, label and
 * underline lane (one per statement among those it overlaps). Other coders'
 * statements shown from their layers come after the person's own, drawn
 * read-only in their coder's colour, with lanes of their own.
 */
export function useHighlights(
  placed: StatementsInText['placed'],
  speakers: Speaker[] | undefined,
  layers: readonly LayerPlaced[] = NO_LAYERS,
  layerSpeakers?: ReadonlyMap<string, Speaker>,
): HighlightSpec[] {
  return useMemo(() => {
    const byId = new Map((speakers ?? []).map((s) => [s.id, s]));
    const lanes = overlapLanes([...placed, ...layers]);
    const own = placed.map(({ statement: s, start, end, cue }, i): HighlightSpec => {
      const speaker = s.speakerId ? byId.get(s.speakerId) : undefined;
      const parts = [
        speaker?.name ?? 'No speaker',
        KIND_LABELS[s.kind],
        s.stance ? STANCE_LABELS[s.stance] : undefined,
      ];
      return {
        id: s.id,
        start,
        end,
        lane: lanes[i] ?? 0,
        color: colorOfSpeaker(speaker),
        label: parts.filter(Boolean).join(' · '),
        pending: s.status === 'pending',
        ...(cue && { cue }),
      };
    });
    const theirs = layers.map(({ statement: s, start, end, coder }, i): HighlightSpec => {
      const speaker = s.speakerId ? (byId.get(s.speakerId) ?? layerSpeakers?.get(s.speakerId)) : undefined;
      const parts = [
        `${coder.name}’s layer`,
        speaker?.name ?? 'No speaker',
        KIND_LABELS[s.kind],
        s.stance ? STANCE_LABELS[s.stance] : undefined,
      ];
      return {
        id: s.id,
        start,
        end,
        lane: lanes[placed.length + i] ?? 0,
        color: coder.color,
        label: parts.filter(Boolean).join(' · '),
        layer: coder.name,
      };
    });
    return layers.length === 0 ? own : [...own, ...theirs];
  }, [placed, speakers, layers, layerSpeakers]);
}
