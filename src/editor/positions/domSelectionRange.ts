import type { EditorView } from '@tiptap/pm/view';
import type { TextRange } from './textRange';
import { posToOffset } from './textPositions';

/**
 * The canonical-text range of a DOM selection in the editor `view`.
 * Returns the range (ordered, start < end) when the selection covers text in
 * the editor; null when it is collapsed in the editor (a plain click); and
 * undefined when neither end is in the editor, which callers should ignore
 * (selecting in a form beside the article must not clear the article's
 * selection). A drag that ends outside the editor is clamped to its edge.
 */
export function domSelectionRange(view: EditorView, selection: Selection | null): TextRange | null | undefined {
  if (!selection || selection.rangeCount === 0) return undefined;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return undefined;
  const root = view.dom;
  if (!root.contains(anchorNode) && !root.contains(focusNode)) return undefined;
  if (selection.isCollapsed) return null;
  const anchor = domPoint(view, anchorNode, selection.anchorOffset);
  const focus = domPoint(view, focusNode, selection.focusOffset);
  if (anchor === null || focus === null) return undefined;
  const doc = view.state.doc;
  const start = posToOffset(doc, Math.min(anchor, focus), 1);
  const end = posToOffset(doc, Math.max(anchor, focus), -1);
  return end > start ? { start, end } : null;
}

/** The editor position of a DOM point, clamped to the editor's edges. */
function domPoint(view: EditorView, node: Node, offset: number): number | null {
  const root = view.dom;
  if (!root.contains(node)) {
    const before = (root.compareDocumentPosition(node) & root.DOCUMENT_POSITION_PRECEDING) !== 0;
    return before ? 0 : view.state.doc.content.size;
  }
  try {
    return view.posAtDOM(node, offset);
  } catch {
    // ProseMirror throws for DOM points it does not own; treat as unknown.
    return null;
  }
}
