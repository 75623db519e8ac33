import type { DecorationAttrs } from '@tiptap/pm/view';
import type { HighlightSpec } from './highlightSpec';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * The DOM attributes of one statement's highlight. Each statement gets its
 * own `<mark>` wrapper (nodeName), because ProseMirror merges plain inline
 * decorations on the same range into one element and only the last id would
 * survive; a wrapper stays a separate, nested element with its own id.
 */
export function highlightAttributes(spec: HighlightSpec, active: boolean): DecorationAttrs {
  let className = 'qm-highlight';
  if (active) className += ' qm-highlight--active';
  if (spec.pending) className += ' qm-highlight--pending';
  const attrs: DecorationAttrs = {
    nodeName: 'mark',
    class: className,
    'data-statement-id': spec.id,
    title: spec.label,
  };
  // The colour comes from stored data; only a plain hex colour may reach a
  // style attribute, so a crafted value cannot inject other CSS.
  if (HEX_COLOR.test(spec.color)) attrs.style = `background-color: ${spec.color}`;
  return attrs;
}
