import { useMemo } from 'react';
import type { Speaker } from '../../core/model/speaker';
import { overlapLanes } from '../../core/statements/overlapLanes';
import type { StatementsInText } from '../../core/statements/statementsInText';
import type { HighlightSpec } from '../../editor/highlights/highlightSpec';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

/**
 * What the editor draws for each placed statement: colour, label and
 * underline lane (one per statement among those it overlaps).
 */
export function useHighlights(placed: StatementsInText['placed'], speakers: Speaker[] | undefined): HighlightSpec[] {
  return useMemo(() => {
    const byId = new Map((speakers ?? []).map((s) => [s.id, s]));
    const lanes = overlapLanes(placed);
    return placed.map(({ statement: s, start, end, cue }, i) => {
      const speaker = s.speakerId ? byId.get(s.speakerId) : undefined;
      const parts = [speaker?.name ?? 'No speaker', KIND_LABELS[s.kind], s.stance ? STANCE_LABELS[s.stance] : undefined];
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
  }, [placed, speakers]);
}
