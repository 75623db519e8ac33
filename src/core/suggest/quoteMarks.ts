/**
 * Direct quotations found by their marks: “ ” „ and " (double), ‘ ’ ‚ ‹ › and ' used as
 * quotes (not apostrophes), « » either way round (French «…», German »…«), and Japanese
 * 「」『』. Pairs within a paragraph; a quote left open at a paragraph end continues when
 * the next paragraph opens with a mark (multi-paragraph quotation).
 */
import type { QuoteSpan } from './types';

type Family = 'double' | 'single' | 'guillemet' | 'corner';
/** A quotation mark at `pos`: its family and whether it opens or closes a quotation. */
export interface QuoteMark {
  pos: number;
  family: Family;
  opens: boolean;
}
type Mark = QuoteMark;

/** Each opening mark and the marks that close it („…“ and „…” in German, »…« as well as «…»). */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '"': '"',
  '‘': '’',
  '‚': '‘’',
  "'": "'’",
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
};

/** True when `close` is a mark that ends a quotation opened by `open`. */
export function closesQuote(open: string, close: string): boolean {
  return close.length === 1 && (CLOSERS[open] ?? '').includes(close);
}

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The quotation mark at `text[i]`, judged by its neighbours, or null (not a mark, or an apostrophe). */
export function quoteMarkAt(text: string, i: number): QuoteMark | null {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '「' || c === '『') return { pos: i, family: 'corner', opens: true };
  if (c === '」' || c === '』') return { pos: i, family: 'corner', opens: false };
  // Guillemets point either way: German »Wort« opens with », French « mot » with «.
  const reversedOpen = isSpace(prev) && isWordChar(next);
  const reversedClose = isWordChar(prev) && !isWordChar(next);
  if (c === '«') return { pos: i, family: 'guillemet', opens: !reversedClose };
  if (c === '»') return { pos: i, family: 'guillemet', opens: reversedOpen };
  if (c === '‹') return { pos: i, family: 'single', opens: !reversedClose };
  if (c === '›') return { pos: i, family: 'single', opens: reversedOpen };
  if (c === '‚') return isSpace(prev) && isWordChar(next) ? { pos: i, family: 'single', opens: true } : null;
  if (c === '“' || c === '„') return { pos: i, family: 'double', opens: true };
  if (c === '”') return { pos: i, family: 'double', opens: false };
  if (c === '"') return { pos: i, family: 'double', opens: isSpace(prev) && !/\s/.test(next ?? ' ') };
  if (c === '‘' || c === "'" || c === '’') {
    if (isWordChar(prev) && isWordChar(next)) return null; // apostrophe inside a word
    if ((c === '‘' || c === "'") && isSpace(prev) && isWordChar(next)) return { pos: i, family: 'single', opens: true };
    if (c === '‘' && isSpace(prev)) return { pos: i, family: 'single', opens: true };
    if (!isWordChar(next) && !isSpace(prev)) return { pos: i, family: 'single', opens: false };
  }
  return null;
}

/** Finds quotation spans in `text` (already noise-masked), in document order. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paraStart = 0;
  let carry = false; // the previous paragraph left a quotation open
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const marks: Mark[] = [];
    for (let i = paraStart; i < paraEnd; i++) {
      const m = quoteMarkAt(text, i);
      if (m) marks.push(m);
    }
    const lead = text.slice(paraStart, paraEnd).search(/\S/);
    const firstOpens = marks[0] !== undefined && marks[0].opens && marks[0].pos === paraStart + lead;
    if (carry && !firstOpens && lead >= 0) carry = false;
    let open: Mark | null = null;
    let leftOpen = false;
    for (const m of marks) {
      if (open === null) {
        if (m.opens) open = m;
        continue;
      }
      if (m.family !== open.family) continue; // nested quote of another family
      // „ is closed by “ in German, which elsewhere opens a quotation.
      const lowClose = m.opens && text[open.pos] === '„' && closesQuote('„', text[m.pos] ?? '');
      if (m.opens && m.family === 'double' && text[m.pos] !== '"' && !lowClose) continue;
      if (lowClose || (m.opens && text[m.pos] === '"')) {
        // a straight mark that looks like an opener while one is open: treat as closer
      } else if (m.opens) continue;
      spans.push({
        open: open.pos,
        close: m.pos + 1,
        start: open.pos + 1,
        end: m.pos,
        continued: carry && spans.length > 0 && open.pos === paraStart + lead,
      });
      open = null;
    }
    if (open !== null && open.family !== 'single') {
      let end = paraEnd;
      while (end > open.pos + 1 && /\s/.test(text[end - 1] ?? '')) end--;
      spans.push({
        open: open.pos,
        close: end,
        start: open.pos + 1,
        end,
        continued: carry && open.pos === paraStart + lead,
      });
      leftOpen = true;
    }
    carry = leftOpen ? true : lead < 0 ? carry : false;
    if (paraEnd >= text.length) break;
    paraStart = paraEnd + 1;
  }
  return spans.filter((s) => s.end > s.start && /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}
