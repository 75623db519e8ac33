import { createAnchor } from '../anchoring/createAnchor';
import { resolveAnchor } from '../anchoring/resolveAnchor';
import type { Anchor } from '../model/anchor';

/**
 * An anchor placed in `text` by its exact words: the anchor itself when its
 * offsets hold, a rebuilt one (new offsets and context) where the same words
 * stand elsewhere ('moved'), else null. An approximate ('fuzzy') match is
 * null too: an import never changes what someone is quoted as saying.
 */
export function placeAnchor(text: string, anchor: Anchor): Anchor | null {
  const resolution = resolveAnchor(text, anchor);
  if (resolution.status === 'exact') return anchor;
  if (resolution.status !== 'moved') return null;
  const moved = createAnchor(text, resolution.start, resolution.end);
  return moved?.exact === anchor.exact ? moved : null;
}
