import type { Node } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import { drawHighlights } from './drawHighlights';
import { drawStatement } from './drawStatement';
import { highlightKey } from './highlightKey';
import type { DrawnStatement, HighlightLayer } from './highlightLayer';
import type { HighlightSpec } from './highlightSpec';

// Taking a decoration out of the tree costs more than putting it in, so past
// a quarter of the statements changed (a speaker recoloured, say) building
// afresh is as quick. Below a few dozen either way is instant, and keeping
// untouched decorations spares the view work.
const FULL_REDRAW_SHARE = 0.25;
const FULL_REDRAW_MIN = 32;

/**
 * `layer` brought up to date with `highlights`, touching only what changed:
 * statements whose highlightKey differs (new, moved, recoloured, relabelled,
 * made active or inactive) are taken out and drawn again, removed ones are
 * taken out, and the rest keep their decorations. The active statement is
 * also redrawn when a change lands inside its quote, since that can move
 * where its first element ends. The result draws the same as drawHighlights
 * of the same input; a layer without statements is drawn afresh.
 */
export function redrawHighlights(
  layer: HighlightLayer,
  doc: Node,
  highlights: readonly HighlightSpec[],
  activeId: string | null = null,
): HighlightLayer {
  const previous = layer.statements;
  if (previous === null) return drawHighlights(doc, highlights, activeId);
  const statements = new Map<string, DrawnStatement>();
  const changed: HighlightSpec[] = [];
  // An id may come twice (a statement the view holds before its list does):
  // only its first spec counts, as in drawHighlights. Drawing both would
  // leave the first one's decorations in the set for good.
  const seen = new Set<string>();
  let active: HighlightSpec | undefined;
  for (const spec of highlights) {
    if (seen.has(spec.id)) continue;
    seen.add(spec.id);
    if (spec.id === activeId) {
      active = spec;
      continue;
    }
    const old = previous.get(spec.id);
    if (old?.key === highlightKey(spec, false)) statements.set(spec.id, old);
    else changed.push(spec);
  }
  const gone = [...previous.keys()].filter((id) => !statements.has(id) && id !== active?.id);
  const touched = changed.length + gone.length;
  if (touched > FULL_REDRAW_MIN && touched > FULL_REDRAW_SHARE * Math.max(previous.size, highlights.length)) {
    return drawHighlights(doc, highlights, activeId);
  }

  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  for (const id of gone) removed.push(...(previous.get(id)?.decorations ?? []));
  for (const spec of changed) {
    removed.push(...(previous.get(spec.id)?.decorations ?? []));
    const drawn = drawStatement(doc, spec, false);
    statements.set(spec.id, drawn);
    added.push(...drawn.decorations);
  }
  const oldActive = active && previous.get(active.id);
  const keepActive =
    active && oldActive?.key === highlightKey(active, true) && !cutsInto(oldActive.range, removed, added);
  // remove and add consume the arrays they are given.
  let set = layer.set.remove([...removed]).add(doc, [...added]);
  if (active && oldActive && keepActive) {
    statements.set(active.id, oldActive);
  } else if (active) {
    if (oldActive) set = set.remove([...oldActive.decorations]);
    const drawn = drawStatement(doc, active, true, (from, to) => set.find(from, to));
    statements.set(active.id, drawn);
    set = set.add(doc, [...drawn.decorations]);
  }
  return { set, statements };
}

/** Whether any of the changed decorations has an edge inside `range`. */
function cutsInto(range: DrawnStatement['range'], ...changed: Decoration[][]): boolean {
  if (!range) return false;
  const inside = (pos: number) => pos > range.from && pos < range.to;
  return changed.some((list) => list.some((d) => inside(d.from) || inside(d.to)));
}
