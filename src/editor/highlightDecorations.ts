import type { Node } from '@tiptap/pm/model';
import type { DecorationSet } from '@tiptap/pm/view';
import { drawHighlights } from './drawHighlights';
import type { HighlightSpec } from './highlightSpec';

export type { HighlightSpec } from './highlightSpec';

/**
 * The decorations drawing `highlights` over an article document, built from
 * scratch: per statement an inline decoration over its quote and one over
 * its cue, each with a spec `{ id, part }` (see drawStatement). Empty or
 * inverted ranges draw nothing.
 */
export function highlightDecorations(
  doc: Node,
  highlights: readonly HighlightSpec[],
  activeId?: string | null,
): DecorationSet {
  return drawHighlights(doc, highlights, activeId ?? null).set;
}
