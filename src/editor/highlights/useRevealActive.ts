import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';
import type { HighlightSpec } from './highlightSpec';

/**
 * Scroll the active statement's highlight into view when the active id or
 * `revealRequest` changes. Highlights may arrive after the active id (a URL
 * naming a statement opens before the statements load), so it retries as
 * `highlights` change until the mark exists, once per request.
 */
export function useRevealActive(
  editor: Editor,
  activeStatementId: string | null,
  revealRequest: number,
  highlights: readonly HighlightSpec[],
): void {
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
