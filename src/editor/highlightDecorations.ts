import type { Node } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { highlightAttributes } from './highlightAttributes';
import type { HighlightSpec } from './highlightSpec';
import { offsetToPos } from './textPositions';

export type { HighlightSpec } from './highlightSpec';

/**
 * The decorations drawing `highlights` over an article document: one inline
 * decoration per statement (ProseMirror splits it across paragraphs and
 * overlaps by itself). Empty or inverted ranges draw nothing. The spec of
 * each decoration carries the statement id as `id`.
 */
export function highlightDecorations(
  doc: Node,
  highlights: readonly HighlightSpec[],
  activeId?: string | null,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const spec of highlights) {
    if (!(spec.start < spec.end)) continue;
    // Lean inward so a range touching a paragraph break does not reach into
    // the neighbouring paragraph.
    const from = offsetToPos(doc, spec.start, 1);
    const to = offsetToPos(doc, spec.end, -1);
    if (from >= to) continue;
    decorations.push(
      Decoration.inline(from, to, highlightAttributes(spec, spec.id === activeId), { id: spec.id }),
    );
  }
  return DecorationSet.create(doc, decorations);
}
