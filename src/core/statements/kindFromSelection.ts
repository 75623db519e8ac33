import type { StatementKind } from '../model/statement';
import { closesQuote, findQuotes, quoteMarkAt, type QuoteMark } from '../suggest/quoteMarks';

/** Punctuation a person often leaves out of a selection between the words and the closing mark, and French spacing. */
const BEFORE_CLOSE = /^[.,;:!?… \u00a0\u202f]*/;
/** Spaces inside French guillemets (« Non »), often no-break ones. */
const BEFORE_OPEN = /[ \u00a0\u202f]*$/;

/**
 * The kind a new statement most likely has, from the selected words and the
 * text just around them (an anchor's prefix and suffix will do):
 * - Direct when the selection is enclosed in quotation marks: its first and
 *   last characters, or the characters just outside it, are a matching
 *   pair (“…”, "…", ‘…’, «…», »…«, „…“, 「…」 — the marks the suggester
 *   knows); punctuation left between the words and the closing mark, and
 *   spaces between the words and either mark, do not count;
 *   so is a selection with no marks of its own inside a quotation whose
 *   marks are in the context (a sentence of a longer quote);
 * - Mixed when it contains some quotation marks (apostrophes are not marks),
 *   including a quotation split around its attribution (“A,” she said, “B.”);
 * - Indirect otherwise.
 */
export function kindFromSelection(exact: string, before = '', after = ''): StatementKind {
  const lead = exact.length - exact.trimStart().length;
  const inner = exact.trim();
  if (inner === '') return 'indirect';
  // One string with the context, so marks are judged by their real neighbours.
  const text = before + exact + after;
  const start = before.length + lead;
  const end = start + inner.length;
  const marks: QuoteMark[] = [];
  for (let i = start; i < end; i++) {
    const mark = quoteMarkAt(text, i);
    if (mark) marks.push(mark);
  }
  const spaced = BEFORE_OPEN.exec(text.slice(0, start))?.[0].length ?? 0;
  const open = openingAt(text, start) ?? openingAt(text, start - 1 - spaced);
  const skipped = BEFORE_CLOSE.exec(text.slice(end))?.[0].length ?? 0;
  const close = closingAt(text, end - 1) ?? closingAt(text, end + skipped);
  if (open && close && close.pos > open.pos && closesQuote(text[open.pos] ?? '', text[close.pos] ?? '')) {
    // A closing mark of the same quotation inside means the words between
    // are not all quoted: the attribution sits in the middle.
    const opener = text[open.pos] ?? '';
    const split = marks.some(
      (m) =>
        m.pos > open.pos && m.pos < close.pos && (!m.opens || opener === '„') && closesQuote(opener, text[m.pos] ?? ''),
    );
    return split ? 'mixed' : 'direct';
  }
  // A sentence of a longer quotation whose mark is in the context ("… Hua said. “The door
  // to Xinjiang is always open. We welcome …”): inside a quotation the suggester finds there.
  if (marks.length === 0 && findQuotes(text).some((q) => q.start <= start && end <= q.end)) return 'direct';
  // A lone single mark is likely a possessive ("the Uyghurs’ rights"), not a quotation.
  const quoting = marks.some((m) => m.family !== 'single' || m.opens);
  return quoting ? 'mixed' : 'indirect';
}

function openingAt(text: string, i: number): QuoteMark | null {
  const mark = i >= 0 ? quoteMarkAt(text, i) : null;
  return mark?.opens ? mark : null;
}

/** Any mark: “ closes „ in German, and a straight mark after a space looks like an opener; the pair decides. */
function closingAt(text: string, i: number): QuoteMark | null {
  return i < text.length ? quoteMarkAt(text, i) : null;
}
