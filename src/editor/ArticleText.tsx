import { createPortal } from 'react-dom';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { EditorContent, useEditor } from '@tiptap/react';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { articleDocument } from './positions/articleDocument';
import { domSelectionRange } from './positions/domSelectionRange';
import { highlightExtension } from './highlights/highlightExtension';
import { highlightIdAt } from './highlights/highlightIdAt';
import type { HighlightSpec } from './highlights/highlightSpec';
import { pastePlainText } from './editing/pastePlainText';
import type { TextEdit } from './editing/textEdit';
import { TextLoader } from './TextLoader';
import type { Handover } from './static/StaticArticleText';
import { keepOnScreen } from './static/screenAnchor';
import { offsetToPos } from './positions/textPositions';
import type { TextRange } from './positions/textRange';
import { trimRange } from './positions/trimRange';
import { useEditSession } from './editing/useEditSession';
import { useFloatingActions } from './useFloatingActions';
import { liftRule, useHighlightTooltip } from './highlights/useHighlightTooltip';
import { useRevealActive } from './highlights/useRevealActive';
import './articleText.css';

/** Props of ArticleText. */
export interface ArticleTextProps {
  /** The article's canonical text. */
  text: string;
  /**
   * Statements to draw, with their cues; offsets into `text`. Only the
   * statements that changed since the last render are redrawn.
   */
  highlights: readonly HighlightSpec[];
  /**
   * The statement shown as active: outlined, scrolled into view, and its
   * first element marked aria-current="true".
   */
  activeStatementId?: string | null;
  /**
   * The selected text range (whitespace at its ends trimmed), or null when
   * the selection in the article is collapsed. Not called for selections
   * outside the article, and not repeated for an unchanged selection.
   */
  onSelectionChange?: (range: TextRange | null) => void;
  /**
   * Bump to scroll to the active statement again (choosing the statement that
   * is already active should still bring it into view).
   */
  revealRequest?: number;
  /**
   * A click (not a drag-selection) on a highlight or on a cue, with the
   * statement id.
   */
  onHighlightClick?: (id: string) => void;
  /** Accessible name of the article element. */
  label: string;
  /**
   * Edit-text mode: the person may change the text (to delete scraping
   * noise or fix a typo). While true, `text` and `highlights` changes wait
   * (highlights follow the edits by themselves), selections are reported as
   * null and highlight clicks are ignored. When it turns false the article
   * shows `text` again: pass the saved text in the same render to keep the
   * edit, or the unchanged one to discard it.
   */
  editable?: boolean;
  /**
   * Called after every change in edit-text mode with the edit so far, or
   * null when the text is back to how the session started.
   */
  onEdit?: (edit: TextEdit | null) => void;
  /**
   * What the tooltip over a highlight says about the statements at that
   * point (ids outermost first): speaker, kind, stance, links. Without it
   * no tooltip shows.
   */
  renderTooltip?: (ids: readonly string[]) => ReactNode;
  /**
   * Actions shown floating just below the end of a selection in the text
   * (Tag statement …), so they are at hand far down a long article; they
   * go once used (see useFloatingActions).
   */
  selectionActions?: ReactNode;
  /**
   * What the static text this editor replaces left (see ArticleReader): the
   * person's selection, put back and reported as the editor's own, and the
   * focus. Read once, when the editor mounts.
   */
  handover?: RefObject<Handover | null>;
}

// Module constants, so useEditor sees the same options on every render and
// does not reconfigure the editor.
const EXTENSIONS = [Document, Paragraph, Text, highlightExtension];
const EMPTY_DOCUMENT = articleDocument('');
// Focusable although read-only, so
// keyboard users can reach and scroll it.
const CORE_OPTIONS = { tabindex: { value: '0' } };

/**
 * The article text with statement highlights: read-only, reporting text
 * selections as canonical-text offsets, or in edit-text mode (`editable`)
 * reporting the edit for the parent to save. Nothing here knows about
 * storage.
 */
export function ArticleText({
  text,
  highlights,
  activeStatementId = null,
  revealRequest = 0,
  onSelectionChange,
  onHighlightClick,
  label,
  editable = false,
  onEdit,
  renderTooltip,
  selectionActions,
  handover,
}: ArticleTextProps) {
  // The editor is created once; later texts arrive through setContent below.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'article',
        'aria-label': label,
        class: editable ? 'qm-article-text qm-article-text--editing' : 'qm-article-text',
      },
      handlePaste: pastePlainText,
    }),
    [label, editable],
  );
  const editor = useEditor({
    extensions: EXTENSIONS,
    // Empty at first: TipTap renders its first state without plugins, so a
    // text given here would be drawn twice, bare and then highlighted. The
    // text arrives below with its highlights, in one transaction.
    content: EMPTY_DOCUMENT,
    // Passed along so TipTap's own option refresh agrees with the session.
    editable,
    immediatelyRender: true,
    // Its rules are in articleText.css, so the static text before the editor lays out the same.
    injectCSS: false,
    coreExtensionOptions: CORE_OPTIONS,
    editorProps,
  });

  useEditSession(editor, editable, text, onEdit);

  // The document `text` stands for: one paragraph per block, as offsets need.
  const textDoc = useMemo(() => editor.schema.nodeFromJSON(articleDocument(text)), [editor, text]);

  // While editing, the document is the person's, and offsets in
  // `highlights` are stale: the drawn highlights map through the edits
  // instead. Otherwise the document is `text` (restoring it after a cancel,
  // giving a saved edit the exact structure offsets rely on), drawn with
  // `highlights` in the same transaction; before paint, so no bare text shows.
  // A long text loads viewport-first (see TextLoader); editing needs all of it.
  const pointerDown = useRef(false);
  const loader = useMemo(() => new TextLoader(editor, pointerDown), [editor]);
  useEffect(() => () => loader.stop(), [loader]);
  const shown = useRef(false);
  // Highlights that changed while the mouse button was down, drawn once it
  // comes up (the loader holds its slices back too): redrawing under a drag
  // makes ProseMirror put its own, older selection back into the page, and
  // the browser then extends the drag from that old anchor (a save landing
  // mid-drag selected from the last statement's start to the pointer).
  const pendingShow = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    if (editor.isDestroyed) return;
    if (editable) loader.finish();
    const replaced = !textDoc.eq(loader.document);
    if (replaced && editable && shown.current) return;
    shown.current = true;
    const show = () => loader.show(replaced ? textDoc : null, highlights, activeStatementId);
    pendingShow.current = pointerDown.current && !replaced ? show : null;
    if (!pendingShow.current) show();
  }, [editor, loader, textDoc, highlights, activeStatementId, editable]);

  const editorDom = useCallback(() => (editor.isDestroyed ? null : editor.view.dom), [editor]);
  useRevealActive(editorDom, activeStatementId, revealRequest, highlights);

  // undefined until something is reported, so the first null is reported too.
  const reported = useRef<TextRange | null | undefined>(undefined);
  const frame = useRef<HTMLDivElement>(null);
  const { at: barAt, barRef, place: placeBar, dismiss: dismissBar } = useFloatingActions(frame);

  const reportSelection = useEffectEvent(() => {
    if (editor.isDestroyed) return;
    const raw = domSelectionRange(editor.view, window.getSelection());
    if (raw === undefined) return;
    // Offsets into a text being edited would tag the wrong characters.
    const range = editable ? null : raw && trimRange(text, raw);
    const last = reported.current;
    if (last !== undefined && sameRange(last, range)) return;
    reported.current = range;
    placeBar(range !== null);
    onSelectionChange?.(range);
  });

  // Where the static text stood on screen, its selection and its focus,
  // once the first paragraphs are in (above).
  const takeHandover = useEffectEvent(() => {
    const left = handover?.current;
    if (!left || editor.isDestroyed) return;
    const view = editor.view;
    // New paragraphs far from the screen have no height yet, and the
    // editor's first, empty document clamps the page's scroll: the words
    // the person was reading (a statement lifted above the phone's form
    // sheet) would jump away.
    if (left.onScreen && frame.current) keepOnScreen(frame.current, view.dom, left.onScreen);
    if (left.focused) view.dom.focus({ preventScroll: true });
    if (!left.selection) return;
    const doc = view.state.doc;
    const anchor = view.domAtPos(offsetToPos(doc, left.selection.anchor));
    const focus = view.domAtPos(offsetToPos(doc, left.selection.focus));
    window.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
    reportSelection();
  });
  useLayoutEffect(() => takeHandover(), []);

  // Entering edit mode withdraws a reported selection at once, so nothing
  // is tagged against a text that is about to change.
  const withdrawSelection = useEffectEvent(() => {
    if (!reported.current) return;
    reported.current = null;
    dismissBar();
    onSelectionChange?.(null);
  });
  useEffect(() => {
    if (editable) withdrawSelection();
  }, [editable]);

  const lengthOf = (statementId: string) => {
    const spec = highlights.find((h) => h.id === statementId);
    return spec ? spec.end - spec.start : undefined;
  };
  const tooltip = useHighlightTooltip(editor, {
    frame,
    pointerDown,
    lengthOf,
    activeStatementId,
    revealRequest,
    // While words are selected, the selection actions matter, not a tip.
    disabled: editable || !renderTooltip || barAt !== null,
  });
  const tip = tooltip.tip;

  const clickHighlight = useEffectEvent((event: MouseEvent) => {
    // In edit mode a click places the caret.
    if (editable) return;
    // A drag-selection that ends on a highlight is a selection, not a click.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const id = highlightIdAt(event.target, editor.view.dom, lengthOf);
    if (id !== null) onHighlightClick?.(id);
  });

  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    const onPointerDown = () => {
      pointerDown.current = true;
    };
    // On the document, because a drag may end outside the article.
    const onPointerUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      reportSelection();
      // After ProseMirror's own mouseup handler (added later, to the same
      // event) has taken the new selection in.
      if (pendingShow.current) setTimeout(showPending, 0);
    };
    const showPending = () => {
      const show = pendingShow.current;
      pendingShow.current = null;
      if (show && !editor.isDestroyed) show();
    };
    // A button released outside the window sends no mouseup here.
    const onMouseMove = (event: MouseEvent) => {
      if (pointerDown.current && (event.buttons & 1) === 0) onPointerUp();
    };
    // Mid-drag selection changes are skipped; the mouseup reports the result.
    const onSelectionChangeEvent = () => {
      if (!pointerDown.current) reportSelection();
    };
    const onKeyUp = () => reportSelection();
    const onClick = (event: MouseEvent) => clickHighlight(event);
    dom.addEventListener('mousedown', onPointerDown);
    dom.addEventListener('keyup', onKeyUp);
    dom.addEventListener('click', onClick);
    document.addEventListener('mouseup', onPointerUp);
    document.addEventListener('mousemove', onMouseMove);
    document.addEventListener('selectionchange', onSelectionChangeEvent);
    return () => {
      dom.removeEventListener('mousedown', onPointerDown);
      dom.removeEventListener('keyup', onKeyUp);
      dom.removeEventListener('click', onClick);
      document.removeEventListener('mouseup', onPointerUp);
      document.removeEventListener('mousemove', onMouseMove);
      document.removeEventListener('selectionchange', onSelectionChangeEvent);
    };
  }, [editor]);

  return (
    <div className="qm-article-frame" ref={frame}>
      <EditorContent editor={editor} className="qm-article" />
      {barAt && selectionActions && (
        // A click on an action has run it (the button's own handler) by the
        // time it bubbles here.
        <div ref={barRef} className="qm-selection-actions-at" style={barAt} onClick={dismissBar}>
          {selectionActions}
        </div>
      )}
      {tip && renderTooltip && (
        <>
          {/* In the head, with the page's other styles: the article's body holds only what the app draws. */}
          {createPortal(<style>{liftRule(tip.lifted)}</style>, document.head)}
          <div
            role="tooltip"
            className="qm-highlight-tooltip"
            style={{ left: tip.left, top: tip.top }}
            onMouseEnter={tooltip.keep}
            onMouseLeave={tooltip.hideSoon}
          >
            {renderTooltip(tip.ids)}
          </div>
        </>
      )}
    </div>
  );
}

function sameRange(a: TextRange | null, b: TextRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start === b.start && a.end === b.end;
}
