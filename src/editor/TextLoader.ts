import type { Editor } from '@tiptap/core';
import type { Fragment, Node } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';
import { setHighlights } from './highlights/highlightExtension';
import { highlightPluginKey, type HighlightUpdate } from './highlights/highlightPlugin';
import type { HighlightSpec } from './highlights/highlightSpec';
import { paragraphsAtFirst, SLICE_PARAGRAPHS } from './loadPlan';
import { cancelIdle, whenIdle } from './whenIdle';

/**
 * Puts an article into the editor with its highlights. A long article is
 * viewport-first: the first paragraphs and their highlights go in at once,
 * so the first screen paints quickly, and the rest follows in idle-time
 * slices, each one transaction (the text after the loaded part cannot move
 * anything before it). Offsets equal editor positions minus one, so a
 * highlight is drawn as soon as the paragraphs it spans are in.
 */
export class TextLoader {
  private target: Node | null = null;
  private loadedChildren = 0;
  private idle = 0;
  private update: HighlightUpdate = { highlights: [], activeId: null };

  /**
   * `busy`: while its `current` is true, slices are held back (a drag
   * selection in progress: redrawing under it would move the drag's anchor).
   */
  constructor(
    private readonly editor: Editor,
    private readonly busy: { readonly current: boolean } = { current: false },
  ) {}

  /** The document the editor shows, or is still loading. */
  get document(): Node {
    return this.target ?? this.editor.state.doc;
  }

  /**
   * Show `doc` (a new document; null to keep the current one) with these
   * highlights. With an active statement the whole text goes in at once,
   * so it can be scrolled to.
   */
  show(doc: Node | null, highlights: readonly HighlightSpec[], activeId: string | null): void {
    if (this.editor.isDestroyed) return;
    this.update = { highlights, activeId };
    if (!doc) return setHighlights(this.editor, this.loadedHighlights(this.editor.state.doc), activeId);
    this.stop();
    const first = activeId === null ? paragraphsAtFirst(doc.childCount) : doc.childCount;
    if (first >= doc.childCount) return this.replace(doc.content);
    this.target = doc;
    this.loadedChildren = first;
    this.replace(doc.content.cut(0, childrenSize(doc, first)));
    this.schedule();
  }

  /** Put in whatever is still missing, now (before editing the text, say). */
  finish(): void {
    if (!this.target) return;
    this.append(this.target.childCount);
  }

  /** Forget the rest of a load in progress (unmount, new text). */
  stop(): void {
    if (this.idle) cancelIdle(this.idle);
    this.idle = 0;
    this.target = null;
  }

  private schedule(): void {
    this.idle = whenIdle(() => {
      this.idle = 0;
      if (!this.target || this.editor.isDestroyed) return;
      if (!this.busy.current) this.append(Math.min(this.target.childCount, this.loadedChildren + SLICE_PARAGRAPHS));
      if (this.target) this.schedule();
    });
  }

  private append(upTo: number): void {
    const target = this.target;
    if (!target || this.editor.isDestroyed) return;
    const slice = target.content.cut(childrenSize(target, this.loadedChildren), childrenSize(target, upTo));
    this.loadedChildren = upTo;
    if (upTo >= target.childCount) this.target = null;
    const tr = this.editor.state.tr.insert(this.editor.state.doc.content.size, slice);
    const update: HighlightUpdate = { ...this.update, highlights: this.loadedHighlights(tr.doc), appended: true };
    this.dispatch(tr.setMeta(highlightPluginKey, update));
  }

  private replace(content: Fragment): void {
    const tr = this.editor.state.tr.replaceWith(0, this.editor.state.doc.content.size, content);
    // A new text starts with the caret at its start, as a fresh editor would.
    tr.setSelection(Selection.atStart(tr.doc));
    this.dispatch(tr.setMeta(highlightPluginKey, { ...this.update, highlights: this.loadedHighlights(tr.doc) }));
  }

  private dispatch(tr: ReturnType<Editor['state']['tr']['setMeta']>): void {
    // Not an edit: no undo step, and (as TipTap's setContent with
    // emitUpdate false) no update event.
    this.editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta('preventUpdate', true));
  }

  /** The highlights that lie wholly in `doc`'s text (all of them once loaded). */
  private loadedHighlights(doc: Node): readonly HighlightSpec[] {
    if (!this.target) return this.update.highlights;
    const length = doc.content.size - 2;
    return this.update.highlights.filter((h) => h.end <= length && (!h.cue || h.cue.end <= length));
  }
}

/** Size of the first `count` children of `doc`: the position after them. */
function childrenSize(doc: Node, count: number): number {
  let size = 0;
  for (let i = 0; i < count; i++) size += doc.child(i).nodeSize;
  return size;
}
