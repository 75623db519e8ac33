import type { DecorationAttrs } from '@tiptap/pm/view';
import { textBlocks } from '../../core/text/textBlocks';
import { cueAttributes } from '../highlights/cueAttributes';
import { highlightAttributes } from '../highlights/highlightAttributes';
import type { HighlightSpec } from '../highlights/highlightSpec';

/** A run of a paragraph's text and the highlight elements around it, innermost first. */
export interface StaticPiece {
  text: string;
  wrappers: readonly DecorationAttrs[];
}

/** One paragraph as the editor draws it: its pieces, and whether it ends in ProseMirror's trailing <br>. */
export interface StaticBlock {
  /** Offset of the paragraph's first character in the canonical text. */
  start: number;
  pieces: StaticPiece[];
  trailingBreak: boolean;
}

/**
 * An inline decoration clipped to one paragraph: offsets into the paragraph's
 * text, and what orders decorations over the same range (see byDrawOrder).
 */
interface Span {
  from: number;
  to: number;
  attrs: DecorationAttrs;
  /** Whether the decoration reaches beyond this paragraph. */
  crossing: boolean;
  /** Its whole range in the text, and its place in the list the plugin draws. */
  start: number;
  end: number;
  index: number;
}

/**
 * The first `limit` paragraphs of `text` with `highlights`, split into the
 * pieces and nested elements the editor's view draws for them (the highlight
 * plugin's decorations as ProseMirror renders inline decorations: each text
 * piece between two decoration edges wrapped by every decoration over it,
 * the one that starts first innermost), so a page painted from these looks
 * and nests exactly as the editor will. A statement draws as in
 * drawStatement: nothing for an empty or inverted quote (its cue included),
 * ends leaning inward at a paragraph break, the active one (`activeId`)
 * drawn last, its quote split where its first element ends so only that
 * one says aria-current; and as in TextLoader, when some paragraphs are
 * left out, only if it lies wholly in those shown.
 */
export function staticBlocks(
  text: string,
  highlights: readonly HighlightSpec[],
  limit = Infinity,
  activeId: string | null = null,
): StaticBlock[] {
  const blocks = textBlocks(text);
  if (blocks.length === 0) blocks.push({ start: 0, end: 0, text: '' });
  const shown = blocks.slice(0, limit);
  const spans: Span[][] = shown.map(() => []);
  const seen = new Set<string>();
  // Every decoration's range, for where the active quote's first element ends.
  const edges: { start: number; end: number }[] = [];
  let index = 0;
  const clip = (start: number, end: number, attrs: DecorationAttrs) => {
    index++;
    edges.push({ start, end });
    for (let i = 0; i < shown.length; i++) {
      const block = shown[i];
      if (!block || block.start > end) break;
      const from = Math.max(start, block.start) - block.start;
      const to = Math.min(end, block.end) - block.start;
      const crossing = start < block.start || end > block.end;
      if (from < to) spans[i]?.push({ from, to, attrs, crossing, start, end, index });
    }
  };
  const shownEnd = shown.at(-1)?.end ?? 0;
  const partial = shown.length < blocks.length;
  let active: HighlightSpec | undefined;
  for (const spec of highlights) {
    if (seen.has(spec.id)) continue;
    seen.add(spec.id);
    // As drawHighlights: the active statement last.
    if (spec.id === activeId) active = spec;
    else draw(spec, false);
  }
  if (active) draw(active, true);

  function draw(spec: HighlightSpec, isActive: boolean): void {
    const quote = inward(blocks, spec.start, spec.end);
    if (!quote) return;
    // As the editor's loader: while paragraphs are still to come, only the
    // statements wholly in those shown, cue included, are drawn.
    if (partial && (spec.end > shownEnd || (spec.cue && spec.cue.end > shownEnd))) return;
    const cue = spec.cue && inward(blocks, spec.cue.start, spec.cue.end);
    if (cue) clip(cue.start, cue.end, cueAttributes(spec, isActive));
    if (!isActive) return clip(quote.start, quote.end, highlightAttributes(spec, false));
    const split = firstPieceEnd(blocks, quote.start, quote.end, edges);
    clip(quote.start, split, highlightAttributes(spec, true, true));
    if (split < quote.end) clip(split, quote.end, highlightAttributes(spec, true));
  }
  return shown.map((block, i) => ({
    start: block.start,
    pieces: pieces(block.text, removeOverlap((spans[i] ?? []).sort(byDrawOrder))),
    trailingBreak: block.text === '' || block.text.endsWith('\n'),
  }));
}

/**
 * The range leaning inward at paragraph breaks (drawStatement's positions):
 * a start in a break moves to the next paragraph, an end to the previous
 * one, so the range never reaches into a paragraph it does not cover. Null
 * when nothing is left.
 */
function inward(blocks: readonly { start: number; end: number }[], start: number, end: number) {
  if (!(start < end)) return null;
  let from = Math.max(0, start);
  let to = end;
  // In the break after a block: a start goes on to the next block, an end back to that one.
  const f = blockBefore(blocks, from);
  const afterFrom = blocks[f + 1];
  const fromBlock = blocks[f];
  if (fromBlock && from > fromBlock.end && afterFrom) from = afterFrom.start;
  const t = blockBefore(blocks, to);
  const toBlock = blocks[t];
  if (toBlock && to > toBlock.end) to = toBlock.end;
  return from < to ? { start: from, end: to } : null;
}

/**
 * firstPieceEnd over text offsets: where the first element drawn for
 * [start, end) ends, cut by the end of its first paragraph with text in
 * it and by the edges of the other decorations (`others`) inside it.
 */
function firstPieceEnd(
  blocks: readonly { start: number; end: number }[],
  start: number,
  end: number,
  others: readonly { start: number; end: number }[],
): number {
  let b = blockBefore(blocks, start);
  let from = start;
  // A range starting at a paragraph's end draws nothing there.
  for (let block = blocks[b]; block && from >= block.end && from < end; block = blocks[++b]) {
    const next = blocks[b + 1];
    if (!next) return end;
    from = Math.max(from, next.start);
  }
  if (from >= end) return end;
  let cut = Math.min(end, blocks[b]?.end ?? end);
  for (const other of others) {
    if (other.start > from && other.start < cut) cut = other.start;
    if (other.end > from && other.end < cut) cut = other.end;
  }
  return cut;
}

/** The index of the last block starting at or before `offset` (0 when none does). */
function blockBefore(blocks: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((blocks[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

// ProseMirror's order of decorations (prosemirror-view byPos).
function byPos(a: Span, b: Span): number {
  return a.from - b.from || a.to - b.to;
}

/**
 * The order ProseMirror lists a paragraph's decorations in: by position;
 * where two cover the same range, those reaching beyond the paragraph (kept
 * by the document, clipped to it) before the paragraph's own, each kind in
 * the order of its whole range, then in the order they were drawn.
 */
function byDrawOrder(a: Span, b: Span): number {
  return (
    byPos(a, b) || Number(b.crossing) - Number(a.crossing) || a.start - b.start || a.end - b.end || a.index - b.index
  );
}

/**
 * prosemirror-view's removeOverlap: split partly overlapping spans so that
 * any two either nest or do not touch.
 */
function removeOverlap(spans: Span[]): Span[] {
  const working = spans;
  for (let i = 0; i < working.length - 1; i++) {
    const span = working[i];
    if (!span || span.from === span.to) continue;
    for (let j = i + 1; j < working.length; j++) {
      const next = working[j];
      if (!next) break;
      if (next.from === span.from) {
        if (next.to !== span.to) {
          working[j] = { ...next, to: span.to };
          insertAhead(working, j + 1, { ...next, from: span.to });
        }
        continue;
      }
      if (next.from < span.to) {
        working[i] = { ...span, to: next.from };
        insertAhead(working, j, { ...span, from: next.from });
      }
      break;
    }
  }
  return working;
}

function insertAhead(array: Span[], index: number, span: Span): void {
  let i = index;
  while (i < array.length && byPos(span, array[i] as Span) > 0) i++;
  array.splice(i, 0, span);
}

/** prosemirror-view's iterDeco over one text node: the pieces between decoration edges and what covers each. */
function pieces(text: string, locals: readonly Span[]): StaticPiece[] {
  const out: StaticPiece[] = [];
  const active: Span[] = [];
  let next = 0;
  for (let offset = 0; offset < text.length;) {
    for (let i = 0; i < active.length; i++) if ((active[i] as Span).to <= offset) active.splice(i--, 1);
    while (next < locals.length && (locals[next] as Span).from <= offset && (locals[next] as Span).to > offset)
      active.push(locals[next++] as Span);
    // Spans that ended before they began here (empty ones) are passed over, as ProseMirror does.
    while (next < locals.length && (locals[next] as Span).to <= offset) next++;
    let cut = text.length;
    const upcoming = locals[next];
    if (upcoming && upcoming.from < cut) cut = upcoming.from;
    for (const span of active) if (span.to < cut) cut = span.to;
    out.push({ text: text.slice(offset, cut), wrappers: active.map((span) => span.attrs) });
    offset = cut;
  }
  return out;
}
