import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react';
import { textBlocks } from '../../core/text/textBlocks';
import { highlightIdAt } from '../highlights/highlightIdAt';
import type { HighlightSpec } from '../highlights/highlightSpec';
import { useRevealActive } from '../highlights/useRevealActive';
import { paragraphsAtFirst } from '../loadPlan';
import { renderStaticBlocks } from './renderStaticBlocks';
import { screenAnchor, type ScreenAnchor } from './screenAnchor';
import { staticBlocks, type StaticBlock } from './staticBlocks';
import { staticPointAt, staticSelection, type SelectionOffsets } from './staticPoints';
import { paintedKey } from './paintedKey';
import '../articleText.css';

/**
 * What the static text hands to the editor that replaces it: the person's
 * selection and focus, and where the text stood on screen (so the editor
 * keeps the words the person sees where they were).
 */
export interface Handover {
  selection: SelectionOffsets | null;
  focused: boolean;
  onScreen: ScreenAnchor | null;
}

/** Props of StaticArticleText. */
export interface StaticArticleTextProps {
  text: string;
  highlights: readonly HighlightSpec[];
  /** The statement shown as active (see ArticleText): with one, the whole text is painted and it is scrolled to. */
  activeStatementId?: string | null;
  /** Bump to scroll to the active statement again. */
  revealRequest?: number;
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
 * paragraphsAtFirst; all of them with an active statement, as the editor)
 * with its highlights, painted as plain DOM with no editor: the same
 * elements, classes and attributes the editor's view draws (staticBlocks),
 * so nothing moves when the editor takes over. The browser selects in it as
 * in any page. It is painted again only when what it shows changes, and
 * never under a pressed mouse button: a repaint replaces the text nodes, and
 * a drag-selection under way would lose the point it started from. When it
 * goes it leaves the selection, the focus and its place on screen in
 * `handover`.
 */
export function StaticArticleText({
  text,
  highlights,
  activeStatementId = null,
  revealRequest = 0,
  label,
  onHighlightClick,
  onPress,
  handover,
}: StaticArticleTextProps) {
  const root = useRef<HTMLDivElement>(null);
  // A new highlights array with the same statements (a live query settling) paints nothing anew.
  const key = useMemo(() => paintedKey(highlights, activeStatementId), [highlights, activeStatementId]);
  const blocks = useMemo(
    () =>
      staticBlocks(
        text,
        highlights,
        activeStatementId === null ? paragraphsAtFirst(textBlocks(text).length) : Infinity,
        activeStatementId,
      ),
    // Keyed on what is painted, not on the highlights array's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [text, key, activeStatementId],
  );
  const shown = useRef<readonly StaticBlock[]>([]);
  const [held, setHeld] = useState(false);

  // Before paint, and keeping a selection the person made across a repaint
  // (a statement saved elsewhere changes the highlights).
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || held || shown.current === blocks) return;
    // Nothing painted yet, nothing selected in it: and reading the selection
    // makes Chromium lay out the page just committed, text not yet in it
    // (a third of the first render's task on the long article).
    const kept = shown.current.length > 0 ? staticSelection(el, shown.current, window.getSelection()) : null;
    renderStaticBlocks(el, blocks);
    shown.current = blocks;
    if (kept) select(el, blocks, kept);
  }, [blocks, held]);

  // On the way out (the editor taking over), before the elements go.
  useLayoutEffect(() => {
    const el = root.current;
    return () => {
      if (!el) return;
      handover.current = {
        selection: staticSelection(el, shown.current, window.getSelection()),
        focused: document.activeElement === el,
        onScreen: screenAnchor(el),
      };
    };
  }, [handover]);

  // A repaint held back under the button comes once the browser has set
  // the selection; on the document, as a drag may end outside the article.
  useEffect(() => {
    const release = () => setTimeout(() => setHeld(false), 0);
    document.addEventListener('mouseup', release, true);
    return () => document.removeEventListener('mouseup', release, true);
  }, []);

  const article = useCallback(() => root.current, []);
  useRevealActive(article, activeStatementId, revealRequest, blocks);

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
          onMouseDown={(event) => {
            if (event.button === 0) setHeld(true);
            onPress?.('mouse');
          }}
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
