import { useEffect } from 'react';

/** The width at or below which the statement form is a bottom sheet (responsive.css). */
const SHEET_MEDIA = '(max-width: 60rem)';
/** Where the words go: this far down the window, clear of a sticky toolbar. */
const TOP_SHARE = 0.12;
const MARGIN = 8;
/** How many frames the words are kept in place after the form opens. */
const SETTLE_FRAMES = 10;

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
    // From the frame after the editor has drawn its highlights and revealed
    // the active one, for a few frames: the sheet, the words or the text
    // above them may settle a frame late on a busy machine. A scroll of the
    // person's own ends it.
    let frame = 0;
    let left = 0;
    let scrolledTo: number | null = null;
    const place = () => {
      if (scrolledTo !== null && window.scrollY !== scrolledTo) return;
      const target = 'range' in subject ? liveRange(subject.range) : firstHighlight(subject.statementId);
      const sheet = document.querySelector('.qm-form-sheet > *');
      if (target && sheet) {
        const { top, bottom } = target.getBoundingClientRect();
        if (top < MARGIN || bottom > highestSheetTop(sheet) - MARGIN)
          window.scrollBy({ top: top - window.innerHeight * TOP_SHARE, behavior: 'instant' });
        scrolledTo = window.scrollY;
      }
      if (++left < SETTLE_FRAMES) frame = requestAnimationFrame(place);
    };
    frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [subject, ready]);
}

/** The DOM range of what is selected now, if anything. */
export function currentSelectionRange(): Range | null {
  const selection = window.getSelection();
  return selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
}

/**
 * How high the sheet may reach: its top now, or higher where its content
 * (a speaker suggestion, a message) has yet to arrive and will grow it up
 * to its max-height. Measured against its top alone, words left just above
 * a half-filled sheet end up under it a moment later.
 */
/**
 * The words of a range taken when Tag was pressed, or of the selection now
 * when the text under that range has been drawn anew since (a live range
 * then collapses to where its nodes were).
 */
function liveRange(range: Range | null): Range | null {
  if (range && !range.collapsed && range.startContainer.isConnected) return range;
  const now = currentSelectionRange();
  return now && now.startContainer.parentElement?.closest('.qm-reading') ? now : null;
}

function highestSheetTop(sheet: Element): number {
  const now = sheet.getBoundingClientRect().top;
  const most = Number.parseFloat(getComputedStyle(sheet).maxHeight);
  return Number.isFinite(most) ? Math.min(now, window.innerHeight - most) : now;
}

function firstHighlight(statementId: string): Element | null {
  // Compared by attribute value rather than a selector so no id needs escaping.
  for (const el of document.querySelectorAll('.qm-reading [data-statement-id]')) {
    if (el.getAttribute('data-statement-id') === statementId) return el;
  }
  return null;
}
