import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { articleDocument } from './articleDocument';
import { domSelectionRange } from './domSelectionRange';
import { highlightExtension, setHighlights } from './highlightExtension';
import { highlightIdAt } from './highlightIdAt';
import type { HighlightSpec } from './highlightSpec';
import type { TextRange } from './textRange';
import { trimRange } from './trimRange';
import './articleText.css';

/** Props of ArticleText. */
export interface ArticleTextProps {
  /** The article's canonical text. */
  text: string;
  /** Statements to draw; offsets into `text`. */
  highlights: readonly HighlightSpec[];
  /** The statement shown as active: outlined and scrolled into view. */
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
  /** A click (not a drag-selection) on a highlight, with its statement id. */
  onHighlightClick?: (id: string) => void;
  /** Accessible name of the article element. */
  label: string;
}

// Module constants, so useEditor sees the same options on every render and
// does not reconfigure the editor.
const EXTENSIONS = [Document, Paragraph, Text, highlightExtension];
// Focusable although read-only, so keyboard users can reach and scroll it.
const CORE_OPTIONS = { tabindex: { value: '0' } };

/**
 * The article text, read-only, with statement highlights. Text selection is
 * reported as canonical-text offsets; nothing here knows about storage.
 */
export function ArticleText({
  text,
  highlights,
  activeStatementId = null,
  revealRequest = 0,
  onSelectionChange,
  onHighlightClick,
  label,
}: ArticleTextProps) {
  // The editor is created once; later texts arrive through setContent below.
  const [initialContent] = useState(() => articleDocument(text));
  const editorProps = useMemo(
    () => ({ attributes: { role: 'article', 'aria-label': label, class: 'qm-article-text' } }),
    [label],
  );
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialContent,
    editable: false,
    immediatelyRender: true,
    coreExtensionOptions: CORE_OPTIONS,
    editorProps,
  });

  useEffect(() => {
    if (editor.isDestroyed) return;
    const content = articleDocument(text);
    if (editor.schema.nodeFromJSON(content).eq(editor.state.doc)) return;
    editor.commands.setContent(content, { emitUpdate: false });
  }, [editor, text]);

  // `text` is a dependency because replacing the document drops the mapped
  // decorations: highlights are redrawn against the new text.
  useEffect(() => {
    setHighlights(editor, highlights, activeStatementId);
  }, [editor, text, highlights, activeStatementId]);

  // Highlights may arrive after the active id (a URL naming a statement
  // opens before the statements load), so retry until the mark exists, once
  // per request.
  const revealed = useRef('');
  useEffect(() => {
    if (!activeStatementId || editor.isDestroyed) return;
    const request = `${activeStatementId}:${revealRequest}`;
    if (revealed.current === request) return;
    const mark = firstHighlight(editor.view.dom, activeStatementId);
    if (!mark) return;
    revealed.current = request;
    scrollToCenter(mark);
  }, [editor, activeStatementId, revealRequest, highlights]);

  // undefined until something is reported, so the first null is reported too.
  const reported = useRef<TextRange | null | undefined>(undefined);
  const pointerDown = useRef(false);

  const reportSelection = useEffectEvent(() => {
    if (editor.isDestroyed) return;
    const raw = domSelectionRange(editor.view, window.getSelection());
    if (raw === undefined) return;
    const range = raw && trimRange(text, raw);
    const last = reported.current;
    if (last !== undefined && sameRange(last, range)) return;
    reported.current = range;
    onSelectionChange?.(range);
  });

  const clickHighlight = useEffectEvent((event: MouseEvent) => {
    // A drag-selection that ends on a highlight is a selection, not a click.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const id = highlightIdAt(event.target, editor.view.dom, (statementId) => {
      const spec = highlights.find((h) => h.id === statementId);
      return spec ? spec.end - spec.start : undefined;
    });
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
    document.addEventListener('selectionchange', onSelectionChangeEvent);
    return () => {
      dom.removeEventListener('mousedown', onPointerDown);
      dom.removeEventListener('keyup', onKeyUp);
      dom.removeEventListener('click', onClick);
      document.removeEventListener('mouseup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChangeEvent);
    };
  }, [editor]);

  return <EditorContent editor={editor} className="qm-article" />;
}

function sameRange(a: TextRange | null, b: TextRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start === b.start && a.end === b.end;
}

function firstHighlight(root: Element, id: string): HTMLElement | null {
  // Compared by attribute value rather than a selector so no id needs escaping.
  for (const el of root.querySelectorAll<HTMLElement>('[data-statement-id]')) {
    if (el.getAttribute('data-statement-id') === id) return el;
  }
  return null;
}

function scrollToCenter(el: HTMLElement): void {
  // happy-dom lacks scrollIntoView.
  if (typeof el.scrollIntoView !== 'function') return;
  const rect = el.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  // An instant jump: a smooth scroll is cancelled by any other scroll (a
  // click that focuses the sidebar) and would stop short. The highlight's
  // flash animation shows where the eye should go.
  el.scrollIntoView({ block: 'center' });
}
