import type { Stance, StatementKind } from '../../core/model/statement';

/** Kind and stance options read as their values: "Direct", "Favor", … */
export const KIND_LABELS: Record<StatementKind, string> = {
  direct: 'Direct',
  indirect: 'Indirect',
  mixed: 'Mixed',
};

export const STANCE_LABELS: Record<Stance, string> = {
  favor: 'Favor',
  against: 'Against',
  neutral: 'Neutral',
  mixed: 'Mixed',
  unclear: 'Unclear',
};
