import type { DecorationAttrs } from '@tiptap/pm/view';
import type { HighlightSpec } from './highlightSpec';
import { isHexColor } from './isHexColor';

/**
 * The DOM attributes of one statement's highlight. Each statement gets its
 * own `<mark>` wrapper (nodeName), because ProseMirror merges plain inline
 * decorations on the same range into one element and only the last id would
 * survive; a wrapper stays a separate, nested element with its own id.
 * `current` adds aria-current="true": meant for the first element of the
 * active statement only, so a screen reader announces it once.
 */
export function highlightAttributes(spec: HighlightSpec, active: boolean, current = false): DecorationAttrs {
  let className = 'qm-highlight';
  if (active) className += ' qm-highlight--active';
  if (spec.pending) className += ' qm-highlight--pending';
  const attrs: DecorationAttrs = {
    nodeName: 'mark',
    class: className,
    'data-statement-id': spec.id,
    title: spec.label,
  };
  if (current) attrs['aria-current'] = 'true';
  if (isHexColor(spec.color)) attrs.style = `background-color: ${spec.color}`;
  return attrs;
}
