import type { DecorationAttrs } from '@tiptap/pm/view';
import { inkOfColor } from '../../core/speakers/speakerColor';
import type { HighlightSpec } from './highlightSpec';
import { isHexColor } from './isHexColor';

/**
 * The DOM attributes of one statement's highlight. Each statement gets its
 * own `<mark>` wrapper (nodeName), because ProseMirror merges plain inline
 * decorations on the same range into one element and only the last id would
 * survive; a wrapper stays a separate, nested element with its own id.
 * The mark says its underline lane (data-lane, and --lane for the CSS that
 * draws the line below the text) and its colours as custom properties: the
 * tint (--qm-tint) and the darker line (--qm-underline), see articleText.css.
 * What the statement is (speaker, kind, stance) is its aria-description for
 * screen readers; sighted people get the article's tooltip on hover.
 * `current` adds aria-current="true": meant for the first element of the
 * active statement only, so a screen reader announces it once.
 */
export function highlightAttributes(spec: HighlightSpec, active: boolean, current = false): DecorationAttrs {
  let className = 'qm-highlight';
  if (active) className += ' qm-highlight--active';
  if (spec.pending) className += ' qm-highlight--pending';
  if (spec.layer !== undefined) className += ' qm-highlight--layer';
  const lane = spec.lane ?? 0;
  const attrs: DecorationAttrs = {
    nodeName: 'mark',
    class: className,
    'data-statement-id': spec.id,
    'data-lane': String(lane),
    'aria-description': spec.label,
  };
  if (spec.layer !== undefined) attrs['data-coder'] = spec.layer;
  if (current) attrs['aria-current'] = 'true';
  attrs.style = isHexColor(spec.color)
    ? `--lane: ${lane}; --qm-tint: ${spec.color}; --qm-underline: ${inkOfColor(spec.color)}`
    : `--lane: ${lane}`;
  return attrs;
}
