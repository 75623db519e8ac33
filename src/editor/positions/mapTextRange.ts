import type { Node } from '@tiptap/pm/model';
import type { Mappable } from '@tiptap/pm/transform';
import { docText, type DocText } from './docText';
import type { TextRange } from './textRange';

/**
 * A function taking a range of the canonical text of `startDoc` to the same
 * content in the canonical text of `currentDoc`, through `mapping` (every
 * step that turned the one document into the other). Offsets become
 * positions in the old document, positions are mapped (the start sticking to
 * the character after it, the end to the character before it, so text typed
 * at either edge stays outside), and the mapped positions become offsets in
 * the new text. Null when the range is gone: nothing left between its ends,
 * or both its first and its last character deleted.
 */
export function mapTextRange(
  startDoc: Node,
  mapping: Mappable,
  currentDoc: Node,
  before: DocText = docText(startDoc),
  after: DocText = docText(currentDoc),
): (start: number, end: number) => TextRange | null {
  return (start, end) => {
    if (!(start < end)) return null;
    const from = mapping.mapResult(before.offsetToPos(start, 1), 1);
    const to = mapping.mapResult(before.offsetToPos(end, -1), -1);
    if (from.deleted && to.deleted) return null;
    const mappedStart = after.posToOffset(from.pos, 1);
    const mappedEnd = after.posToOffset(to.pos, -1);
    return mappedEnd > mappedStart ? { start: mappedStart, end: mappedEnd } : null;
  };
}
