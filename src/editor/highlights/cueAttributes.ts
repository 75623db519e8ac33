import type { DecorationAttrs } from '@tiptap/pm/view';
import type { HighlightSpec } from './highlightSpec';
import { inkOfColor } from '../../core/speakers/speakerColor';
import { isHexColor } from './isHexColor';

/**
 * The DOM attributes of a statement's cue ("said", "according to"): its own
 * `<span>` wrapper, so it stays a separate element even where it shares a
 * range with a highlight, pointing at its statement with data-cue-for. It
 * never carries data-statement-id, which stands for the quote alone. What
 * the statement is shows in the article's tooltip (ArticleText), not in a
 * title.
 */
export function cueAttributes(spec: HighlightSpec, active: boolean): DecorationAttrs {
  const attrs: DecorationAttrs = {
    nodeName: 'span',
    class: active ? 'qm-cue qm-cue--active' : 'qm-cue',
    'data-cue-for': spec.id,
  };
  if (isHexColor(spec.color)) attrs.style = `text-decoration-color: ${inkOfColor(spec.color)}`;
  return attrs;
}
