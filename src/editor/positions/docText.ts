import type { Node } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../../core/text/textBlocks';
import type { Bias } from './textPositions';

/**
 * The canonical text of any article document, with the translation between
 * its offsets and editor positions. Unlike textPositions, which assumes one
 * paragraph per canonical block, this takes the documents a person makes
 * while editing: empty or whitespace-only paragraphs, blank lines inside a
 * paragraph, text that is not NFC. Its `text` is what canonicalText would make
 * of the paragraphs joined by a blank line, so it can be saved as is.
 */
export interface DocText {
  /** The canonical text of the document. */
  text: string;
  /**
   * The canonical offset of an editor position. A position in something the
   * canonical text drops (an empty paragraph, a blank line) goes to the end
   * of the block before it when `bias` is -1, the start of the one after when 1.
   */
  posToOffset(pos: number, bias: Bias): number;
  /** The editor position of a canonical offset; a separator leans by `bias`. */
  offsetToPos(offset: number, bias: Bias): number;
}

/** A run of one paragraph that becomes one canonical block. */
interface Segment {
  /** Editor position of the segment's first character. */
  pos: number;
  /** The characters in the document. */
  raw: string;
  /** The same characters in canonical form (NFC). */
  text: string;
  /** Canonical offset of the segment's first character. */
  offset: number;
}

// The rules of canonicalText, applied per paragraph so every kept character
// keeps its position: blank lines split blocks, and blank lines at either end
// of a block are dropped.
const BLANK_LINES = /\n(?:[ \t\u00a0]*\n)+/g;
const LEADING_BLANK_LINES = /^(?:[ \t\u00a0]*\n)+/;
const TRAILING_BLANK_LINES = /(?:\n[ \t\u00a0]*)+$/;

/** The canonical text of `doc` and its offset <-> position translation. */
export function docText(doc: Node): DocText {
  const segments: Segment[] = [];
  let offset = 0;
  doc.forEach((paragraph, nodePos) => {
    // Paragraphs hold only text, so string index = position - content start.
    const content = paragraph.textContent;
    for (const [from, to] of blockSpans(content)) {
      if (segments.length > 0) offset += BLOCK_SEPARATOR.length;
      const raw = content.slice(from, to);
      const text = raw.normalize('NFC');
      segments.push({ pos: nodePos + 1 + from, raw, text, offset });
      offset += text.length;
    }
  });
  return {
    text: segments.map((s) => s.text).join(BLOCK_SEPARATOR),
    posToOffset: (pos, bias) => posToOffset(segments, pos, bias),
    offsetToPos: (offset, bias) => offsetToPos(segments, doc, offset, bias),
  };
}

/** [from, to) of each block a paragraph's text holds, blank lines trimmed. */
function blockSpans(content: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const pieces = [...content.matchAll(BLANK_LINES)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const [sepStart, sepEnd] of [...pieces, [content.length, content.length] as const]) {
    const piece = content.slice(start, sepStart);
    if (piece.trim() !== '') {
      const lead = LEADING_BLANK_LINES.exec(piece)?.[0].length ?? 0;
      const trail = TRAILING_BLANK_LINES.exec(piece)?.[0].length ?? 0;
      spans.push([start + lead, sepStart - trail]);
    }
    start = sepEnd;
  }
  return spans;
}

function posToOffset(segments: readonly Segment[], pos: number, bias: Bias): number {
  let before = 0;
  for (const s of segments) {
    if (pos < s.pos) return bias > 0 ? s.offset : before;
    if (pos <= s.pos + s.raw.length) return s.offset + canonicalLength(s, pos - s.pos);
    before = s.offset + s.text.length;
  }
  return before;
}

function offsetToPos(segments: readonly Segment[], doc: Node, offset: number, bias: Bias): number {
  let before: number | null = null;
  for (const s of segments) {
    if (offset < s.offset) return bias > 0 || before === null ? s.pos : before;
    if (offset <= s.offset + s.text.length) return s.pos + rawLength(s, offset - s.offset);
    before = s.pos + s.raw.length;
  }
  // Past the end, or no text at all: the end of the last text, or the start
  // of the first paragraph.
  return before ?? (doc.childCount > 0 ? 1 : 0);
}

/** How many canonical characters the first `raw` characters become. */
function canonicalLength(s: Segment, raw: number): number {
  return s.raw === s.text ? raw : s.raw.slice(0, raw).normalize('NFC').length;
}

/**
 * How many raw characters make `length` canonical ones: the most that do,
 * so a combining mark goes with the letter before it.
 */
function rawLength(s: Segment, length: number): number {
  if (s.raw === s.text) return length;
  let raw = 0;
  while (raw < s.raw.length && canonicalLength(s, raw + 1) <= length) raw += 1;
  return raw;
}
