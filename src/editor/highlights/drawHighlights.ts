import type { Node } from '@tiptap/pm/model';
import { type Decoration, DecorationSet } from '@tiptap/pm/view';
import { drawStatement } from './drawStatement';
import type { DrawnStatement, HighlightLayer } from './highlightLayer';
import type { HighlightSpec } from './highlightSpec';

/**
 * Draw `highlights` over `doc` from scratch. Statement ids are unique; should
 * one repeat, its first spec is drawn. The active statement is drawn last,
 * because where its first element ends depends on all the others.
 */
export function drawHighlights(
  doc: Node,
  highlights: readonly HighlightSpec[],
  activeId: string | null = null,
): HighlightLayer {
  const statements = new Map<string, DrawnStatement>();
  const decorations: Decoration[] = [];
  let active: HighlightSpec | undefined;
  for (const spec of highlights) {
    if (statements.has(spec.id) || spec.id === active?.id) continue;
    if (spec.id === activeId) {
      active = spec;
      continue;
    }
    const drawn = drawStatement(doc, spec, false);
    statements.set(spec.id, drawn);
    for (const decoration of drawn.decorations) decorations.push(decoration);
  }
  if (active) {
    const drawn = drawStatement(doc, active, true, () => decorations);
    statements.set(active.id, drawn);
    for (const decoration of drawn.decorations) decorations.push(decoration);
  }
  // DecorationSet.create consumes the array it is given.
  return { set: DecorationSet.create(doc, decorations), statements };
}
