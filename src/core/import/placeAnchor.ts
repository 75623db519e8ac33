import { createAnchor } from '../anchoring/createAnchor';
import { resolveAnchor } from '../anchoring/resolveAnchor';
import type { Anchor } from '../model/anchor';

/** An anchor placed in a text, and how: see resolveAnchor. */
export interface AnchorPlacement {
  status: 'exact' | 'moved' | 'fuzzy';
  anchor: Anchor;
}

/**
 * Place an incoming anchor in `text` the way the app re-anchors everything
 * else (resolveAnchor): at its offsets when they hold its words ('exact',
 * the anchor itself), else the same words where their context fits best
 * ('moved'), else words that differ a little ('fuzzy'). A moved or fuzzy
 * anchor is rebuilt from the text (offsets, words and context), so what is
 * stored always quotes the text; a fuzzy one's words differ from the file's,
 * which is why the import preview lists it. An anchor with no context
 * (a foreign quote given without prefix or suffix) is not placed fuzzily:
 * scoreMatch counts missing context as a perfect fit, so "not there" would
 * land on any "not the". Null when it cannot be placed.
 */
export function placeAnchor(text: string, anchor: Anchor): AnchorPlacement | null {
  const resolution = resolveAnchor(text, anchor);
  if (resolution.status === 'orphan') return null;
  if (resolution.status === 'exact') return { status: 'exact', anchor };
  if (resolution.status === 'fuzzy' && anchor.prefix === '' && anchor.suffix === '') return null;
  const placed = createAnchor(text, resolution.start, resolution.end);
  if (placed === null) return null;
  return { status: placed.exact === anchor.exact ? 'moved' : 'fuzzy', anchor: placed };
}
