import type { Stance } from '../../core/model/statement';

/**
 * Fill colours of the stance glyphs and charts. Colour never carries the
 * meaning alone: every glyph also shows its stance as text.
 */
export const STANCE_COLORS: Record<Stance, string> = {
  favor: '#3b8f3a',
  against: '#c23b3b',
  neutral: '#8a9099',
  mixed: '#d99a1e',
  unclear: '#8b6cc4',
};
