import type { Node } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { cueAttributes } from './cueAttributes';
import { firstPieceEnd } from '../positions/firstPieceEnd';
import { highlightAttributes } from './highlightAttributes';
import { highlightKey } from './highlightKey';
import type { DrawnStatement } from './highlightLayer';
import type { HighlightSpec } from './highlightSpec';
import { offsetToPos } from '../positions/textPositions';

/** The spec of every highlight decoration: its statement, and which part. */
export interface HighlightDecorationSpec {
  id: string;
  part: 'quote' | 'cue';
}

/**
 * The decorations of one statement: an inline decoration over its quote
 * (ProseMirror splits it across paragraphs and overlaps by itself) and one
 * over its cue. The active statement's quote is split where its first drawn
 * element ends, found among `othersIn(from, to)` (the other statements'
 * decorations over its quote), so only that element says aria-current.
 * An empty or inverted quote draws nothing, its cue included.
 */
export function drawStatement(
  doc: Node,
  spec: HighlightSpec,
  active: boolean,
  othersIn: (from: number, to: number) => readonly Decoration[] = () => [],
): DrawnStatement {
  const key = highlightKey(spec, active);
  const range = positions(doc, spec.start, spec.end);
  if (!range) return { key, decorations: [], range: null };
  const decorations: Decoration[] = [];
  const cue = spec.cue && positions(doc, spec.cue.start, spec.cue.end);
  if (cue) decorations.push(Decoration.inline(cue.from, cue.to, cueAttributes(spec, active), part(spec, 'cue')));
  const { from, to } = range;
  if (!active) {
    decorations.push(Decoration.inline(from, to, highlightAttributes(spec, false), part(spec, 'quote')));
    return { key, decorations, range };
  }
  const split = firstPieceEnd(doc, from, to, [...othersIn(from, to), ...decorations]);
  decorations.push(Decoration.inline(from, split, highlightAttributes(spec, true, true), part(spec, 'quote')));
  if (split < to) decorations.push(Decoration.inline(split, to, highlightAttributes(spec, true), part(spec, 'quote')));
  return { key, decorations, range };
}

function part(spec: HighlightSpec, which: HighlightDecorationSpec['part']): HighlightDecorationSpec {
  return { id: spec.id, part: which };
}

function positions(doc: Node, start: number, end: number): { from: number; to: number } | null {
  if (!(start < end)) return null;
  // Lean inward so a range touching a paragraph break does not reach into
  // the neighbouring paragraph.
  const from = offsetToPos(doc, start, 1);
  const to = offsetToPos(doc, end, -1);
  return from < to ? { from, to } : null;
}
