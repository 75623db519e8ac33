import { useEffect } from 'react';

/** The width at or below which the statement form is a bottom sheet (responsive.css). */
const SHEET_MEDIA = '(max-width: 60rem)';
/** Where the words go: this far down the window, clear of a sticky toolbar. */
const TOP_SHARE = 0.12;
const MARGIN = 8;

/** What the open form is about: the selected words (a DOM range taken when Tag was pressed) or a statement's highlight. */
export type SheetSubject = { range: Range | null } | { statementId: string } | null;

/**
 * On a narrow screen the statement form opens as a sheet over the lower part
 * of the window. When it opens, bring what it is about into the upper part,
 * above the sheet, so the person sees the words they are tagging while they
 * fill it in. The subject object changes only when the form opens anew;
 * `ready` turns true once the text is shown (a link to a statement opens the
 * form before the text has loaded).
 */
export function useKeepAboveSheet(subject: SheetSubject, ready: boolean): void {
  useEffect(() => {
    if (!ready || !subject || typeof window.matchMedia !== 'function' || !window.matchMedia(SHEET_MEDIA).matches)
      return;
    // After the editor has drawn its highlights and revealed the active one.
    const frame = requestAnimationFrame(() => {
      const target = 'range' in subject ? subject.range : firstHighlight(subject.statementId);
      const sheet = document.querySelector('.qm-form-sheet > *');
      if (!target || !sheet) return;
      const { top, bottom } = target.getBoundingClientRect();
      const sheetTop = sheet.getBoundingClientRect().top;
      if (top >= MARGIN && bottom <= sheetTop - MARGIN) return;
      window.scrollBy({ top: top - window.innerHeight * TOP_SHARE, behavior: 'instant' });
    });
    return () => cancelAnimationFrame(frame);
  }, [subject, ready]);
}

/** The DOM range of what is selected now, if anything. */
export function currentSelectionRange(): Range | null {
  const selection = window.getSelection();
  return selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
}

function firstHighlight(statementId: string): Element | null {
  // Compared by attribute value rather than a selector so no id needs escaping.
  for (const el of document.querySelectorAll('.qm-reading [data-statement-id]')) {
    if (el.getAttribute('data-statement-id') === statementId) return el;
  }
  return null;
}
