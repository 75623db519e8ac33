import { highlightKey } from '../highlights/highlightKey';
import type { HighlightSpec } from '../highlights/highlightSpec';

/**
 * A string that changes whenever anything the static text paints for
 * `highlights` changes (each statement's id and highlightKey, in order), so
 * a new array holding the same statements (a live query settling) is not a
 * reason to paint the text again.
 */
export function paintedKey(highlights: readonly HighlightSpec[], activeId: string | null): string {
  // The id's length fences it off from the key that follows.
  return highlights.map((h) => `${h.id.length}:${h.id}${highlightKey(h, h.id === activeId)}`).join('\n');
}
