import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { highlightIdAt } from './highlightIdAt';
import { statementIdsAt } from './statementIdsAt';

/** The tooltip shown over the article: which statements, where. */
export interface HighlightTip {
  /** Every statement at the point, outermost first. */
  ids: string[];
  /** The one statement lifted (under the pointer, or chosen). */
  lifted: string;
  /** Where the tooltip's top left goes, in px from the frame's top left. */
  left: number;
  top: number;
}

// Long enough to move the pointer from a highlight onto the tooltip (to
// follow one of its links) without it closing on the way.
const HIDE_DELAY_MS = 250;

interface Options {
  frame: RefObject<HTMLElement | null>;
  pointerDown: RefObject<boolean>;
  /** Length of a statement's quote, so the most specific one is lifted. */
  lengthOf: (id: string) => number | undefined;
  activeStatementId: string | null;
  /** A bump means a statement was chosen (keyboard, list, click): show its tip. */
  revealRequest: number;
  disabled: boolean;
}

/**
 * The article's rich tooltip: shown while the pointer is over a highlight
 * or a cue, and when a statement is chosen (j/k, the list) at its first
 * element, listing every statement at that point. It stays open while the
 * pointer moves onto it, and Escape closes it.
 */
export function useHighlightTooltip(editor: Editor, o: Options) {
  const [tip, setTip] = useState<HighlightTip | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keep = useCallback(() => clearTimeout(hideTimer.current), []);
  const hideSoon = useCallback(() => {
    keep();
    hideTimer.current = setTimeout(() => setTip(null), HIDE_DELAY_MS);
  }, [keep]);
  const hide = useCallback(() => {
    keep();
    setTip(null);
  }, [keep]);

  const showAt = useEffectEvent((rect: DOMRect, x: number, ids: string[], lifted: string) => {
    const frame = o.frame.current;
    if (!frame) return;
    const box = frame.getBoundingClientRect();
    const left = Math.max(0, Math.min(x - box.left, box.width - 320));
    const next = { ids, lifted, left, top: rect.bottom - box.top + 4 };
    keep();
    setTip((old) => (old && sameTip(old, next) ? old : next));
  });

  const onOver = useEffectEvent((event: MouseEvent) => {
    if (o.disabled || o.pointerDown.current) return;
    const dom = editor.view.dom;
    const ids = statementIdsAt(event.target, dom);
    const lifted = highlightIdAt(event.target, dom, o.lengthOf);
    if (ids.length === 0 || lifted === null || !(event.target instanceof Element)) return hideSoon();
    const rects = [...event.target.getClientRects()];
    const rect =
      rects.find((r) => r.top <= event.clientY && event.clientY <= r.bottom) ?? event.target.getBoundingClientRect();
    showAt(rect, event.clientX, ids, lifted);
  });

  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    const over = (event: MouseEvent) => onOver(event);
    const leave = () => hideSoon();
    const down = () => hide();
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    dom.addEventListener('mouseover', over);
    dom.addEventListener('mouseleave', leave);
    dom.addEventListener('mousedown', down);
    document.addEventListener('keydown', escape);
    return () => {
      dom.removeEventListener('mouseover', over);
      dom.removeEventListener('mouseleave', leave);
      dom.removeEventListener('mousedown', down);
      document.removeEventListener('keydown', escape);
      clearTimeout(hideTimer.current);
    };
  }, [editor, hide, hideSoon]);

  // A chosen statement shows its tip at its first element, so keyboard
  // users (j/k) see what a pointer would.
  const { activeStatementId: active, revealRequest, disabled } = o;
  useEffect(() => {
    if (!active || revealRequest === 0 || disabled || editor.isDestroyed) return;
    const dom = editor.view.dom;
    const el = [...dom.querySelectorAll('[data-statement-id]')].find(
      (m) => m.getAttribute('data-statement-id') === active,
    );
    if (!el) return;
    // Measured once the reveal has scrolled it into view.
    const frameId = requestAnimationFrame(() => {
      const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
      showAt(rect, rect.left, statementIdsAt(el, dom), active);
    });
    return () => cancelAnimationFrame(frameId);
  }, [editor, active, revealRequest, disabled]);

  return { tip: disabled ? null : tip, keep, hideSoon };
}

function sameTip(a: HighlightTip, b: HighlightTip): boolean {
  return a.lifted === b.lifted && a.left === b.left && a.top === b.top && a.ids.join('\n') === b.ids.join('\n');
}

/**
 * The CSS rule lifting one statement's elements: a thicker underline and a
 * rule above in its colour. A rule for its id rather than :hover, which
 * would lift every statement around the pointer too. Characters other than
 * letters, digits, '-' and '_' are escaped, so an id cannot break out.
 */
export function liftRule(id: string): string {
  const escaped = id.replace(/[^A-Za-z0-9_-]/gu, (c) => `\\${(c.codePointAt(0) ?? 0).toString(16)} `);
  return `.qm-article-text mark[data-statement-id="${escaped}"] { --qm-stripe: 3px; box-shadow: 0 -2px 0 var(--qm-underline); }`;
}
