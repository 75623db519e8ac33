import { useLayoutEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { textBlocks } from '../../core/text/textBlocks';
import { highlightIdAt } from '../highlights/highlightIdAt';
import type { HighlightSpec } from '../highlights/highlightSpec';
import { paragraphsAtFirst } from '../loadPlan';
import { renderStaticBlocks } from './renderStaticBlocks';
import { staticBlocks, type StaticBlock } from './staticBlocks';
import { staticPointAt, staticSelection, type SelectionOffsets } from './staticPoints';
import '../articleText.css';

/** What the static text hands to the editor that replaces it: the person's selection and focus. */
export interface Handover {
  selection: SelectionOffsets | null;
  focused: boolean;
}

/** Props of StaticArticleText. */
export interface StaticArticleTextProps {
  text: string;
  highlights: readonly HighlightSpec[];
  /** Accessible name of the article element. */
  label: string;
  /** A click (not a drag-selection) on a highlight or cue, with the statement id. */
  onHighlightClick?: (id: string) => void;
  /** A mouse button or a key pressed in the text: the person is about to select or act. */
  onPress?: (kind: 'mouse' | 'key') => void;
  /** Filled in as the static text goes, for the editor that replaces it (see ArticleReader). */
  handover: RefObject<Handover | null>;
}

/**
 * The article's first screen (the paragraphs the editor shows at first, see
 * paragraphsAtFirst) with its highlights, painted as plain DOM with no
 * editor: the same elements, classes and attributes the editor's view draws
 * (staticBlocks), so nothing moves when the editor takes over. The browser
 * selects in it as in any page; as it goes, it leaves the selection and the
 * focus in `handover`.
 */
export function StaticArticleText({
  text,
  highlights,
  label,
  onHighlightClick,
  onPress,
  handover,
}: StaticArticleTextProps) {
  const root = useRef<HTMLDivElement>(null);
  const blocks = useMemo(
    () => staticBlocks(text, highlights, paragraphsAtFirst(textBlocks(text).length)),
    [text, highlights],
  );
  const shown = useRef(blocks);

  // Before paint, and keeping a selection the person made across a repaint
  // (a statement saved elsewhere changes the highlights).
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const kept = staticSelection(el, shown.current, window.getSelection());
    renderStaticBlocks(el, blocks);
    shown.current = blocks;
    if (kept) select(el, blocks, kept);
    // On the way out (the editor taking over), before the elements go.
    return () => {
      handover.current = {
        selection: staticSelection(el, blocks, window.getSelection()),
        focused: document.activeElement === el,
      };
    };
  }, [blocks, handover]);

  const click = (event: MouseEvent) => {
    const el = root.current;
    const selection = window.getSelection();
    if (!el || (selection && !selection.isCollapsed)) return;
    const lengthOf = (id: string) => {
      const spec = highlights.find((h) => h.id === id);
      return spec ? spec.end - spec.start : undefined;
    };
    const id = highlightIdAt(event.target, el, lengthOf);
    if (id !== null) onHighlightClick?.(id);
  };

  return (
    <div className="qm-article-frame">
      <div className="qm-article">
        <div
          ref={root}
          contentEditable={false}
          role="article"
          aria-label={label}
          translate="no"
          className="tiptap ProseMirror qm-article-text"
          tabIndex={0}
          onClick={click}
          onMouseDown={() => onPress?.('mouse')}
          onKeyDown={() => onPress?.('key')}
        />
      </div>
    </div>
  );
}

function select(el: HTMLElement, blocks: readonly StaticBlock[], offsets: SelectionOffsets): void {
  const anchor = staticPointAt(el, blocks, offsets.anchor);
  const focus = staticPointAt(el, blocks, offsets.focus);
  if (anchor && focus) window.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
}
