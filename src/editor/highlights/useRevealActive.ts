import { useEffect, useRef } from 'react';

/**
 * Scroll the active statement's highlight, in the article element `root`
 * returns (null while there is none), into view when the active id or
 * `revealRequest` changes. Highlights may arrive after the active id (a URL
 * naming a statement opens before the statements load), so it retries as
 * `drawn` (what is drawn: the highlights) changes until the mark exists,
 * once per request. The static first paint and the editor taking over from
 * it each reveal: the editor finds the mark in view and leaves it there.
 */
export function useRevealActive(
  root: () => Element | null,
  activeStatementId: string | null,
  revealRequest: number,
  drawn: unknown,
): void {
  const revealed = useRef('');
  useEffect(() => {
    const dom = root();
    if (!activeStatementId || !dom) return;
    const request = `${activeStatementId}:${revealRequest}`;
    if (revealed.current === request) return;
    const mark = firstHighlight(dom, activeStatementId);
    if (!mark) return;
    revealed.current = request;
    scrollToCenter(mark);
  }, [root, activeStatementId, revealRequest, drawn]);
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
