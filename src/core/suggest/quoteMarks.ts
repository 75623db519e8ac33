/**
 * Direct quotations found by their marks: “ ” and " (double), ‘ ’ and ' used as quotes
 * (not apostrophes), « ». Pairs within a paragraph; a quote left open at a paragraph end
 * continues when the next paragraph opens with a mark (multi-paragraph quotation).
 */
import type { QuoteSpan } from './types';

type Family = 'double' | 'single' | 'guillemet';
interface Mark { pos: number; family: Family; opens: boolean }

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function classify(text: string, i: number): Mark | null {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '«') return { pos: i, family: 'guillemet', opens: true };
  if (c === '»') return { pos: i, family: 'guillemet', opens: false };
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
      const m = classify(text, i);
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
      if (m.opens && m.family === 'double' && text[m.pos] !== '"') continue;
      if (m.opens && text[m.pos] === '"') {
        // a straight mark that looks like an opener while one is open: treat as closer
      } else if (m.opens) continue;
      spans.push({ open: open.pos, close: m.pos + 1, start: open.pos + 1, end: m.pos, continued: carry && spans.length > 0 && open.pos === paraStart + lead });
      open = null;
    }
    if (open !== null && open.family !== 'single') {
      let end = paraEnd;
      while (end > open.pos + 1 && /\s/.test(text[end - 1] ?? '')) end--;
      spans.push({ open: open.pos, close: end, start: open.pos + 1, end, continued: carry && open.pos === paraStart + lead });
      leftOpen = true;
    }
    carry = leftOpen ? true : lead < 0 ? carry : false;
    if (paraEnd >= text.length) break;
    paraStart = paraEnd + 1;
  }
  return spans.filter((s) => s.end > s.start && /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}
