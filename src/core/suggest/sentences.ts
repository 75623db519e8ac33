/** Sentence boundaries computed on a "flat" view where quotation contents are blanked. */
import type { QuoteSpan } from './types';

const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St|Jr|Sr|Prof|Rev|Inc|Co|Corp|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.K|U\.N|[A-Z])\.)$/;

/** Returns `text` with every quotation's inner text replaced by "X" (a final . ! or ? is kept) (same length). */
export function flatten(text: string, quotes: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    const inner = text.slice(q.start, q.end);
    const fin = /[.!?]\s*$/.exec(inner)?.index ?? inner.length;
    parts.push(
      text.slice(at, q.start),
      inner.slice(0, fin).replace(/[^\n]/g, 'X'),
      inner.slice(fin).replace(/[^.!?\n]/g, ' '),
    );
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Sentence start offsets (ascending) of a flat text, including 0. */
export function sentenceStarts(flat: string): number[] {
  const starts = [0];
  const re = /[.!?]["”’]?(\s+)(?=["“‘«(]?[A-Z0-9])|\n+/g;
  for (const m of flat.matchAll(re)) {
    const at = m.index ?? 0;
    if (m[0][0] !== '\n' && ABBREV.test(flat.slice(Math.max(0, at - 6), at + 1))) continue;
    starts.push(at + m[0].length);
  }
  return starts;
}

/** The [start, end) of the sentence containing `pos`. */
export function sentenceAt(starts: number[], length: number, pos: number): [number, number] {
  const lo = sentenceIndex(starts, pos);
  return [starts[lo] ?? 0, starts[lo + 1] ?? length];
}

/** The index in `starts` of the sentence containing `pos`. */
export function sentenceIndex(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
