import type { DecorationAttrs } from '@tiptap/pm/view';
import type { HighlightSpec } from './highlightSpec';
import { isHexColor } from './isHexColor';

// Speaker colours are light fills; at half their brightness they are dark
// enough for a thin underline on white, and still tell speakers apart.
const DARKEN = 0.5;

/**
 * The DOM attributes of a statement's cue ("said", "according to"): its own
 * `<span>` wrapper, so it stays a separate element even where it shares a
 * range with a highlight, pointing at its statement with data-cue-for. It
 * never carries data-statement-id, which stands for the quote alone.
 */
export function cueAttributes(spec: HighlightSpec, active: boolean): DecorationAttrs {
  const attrs: DecorationAttrs = {
    nodeName: 'span',
    class: active ? 'qm-cue qm-cue--active' : 'qm-cue',
    'data-cue-for': spec.id,
    title: spec.label,
  };
  if (isHexColor(spec.color)) attrs.style = `text-decoration-color: ${darken(spec.color)}`;
  return attrs;
}

function darken(hex: string): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * DARKEN));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
