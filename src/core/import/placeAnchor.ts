import { createAnchor } from '../anchoring/createAnchor';
import { resolveAnchor } from '../anchoring/resolveAnchor';
import type { Anchor } from '../model/anchor';

/**
 * An anchor placed in `text` by its exact words: the anchor itself when its
 * offsets hold, a rebuilt one (new offsets and context) where the same words
 * stand elsewhere ('moved'), else null. An approximate ('fuzzy') match is
 * null too: an import never changes what someone is quoted as saying. So
 * words that are nowhere in the text are refused before resolveAnchor's
 * approximate search, which would cost a scan of the whole text per quote
 * only to be thrown away (a file of many such quotes took minutes).
 */
export function placeAnchor(text: string, anchor: Anchor): Anchor | null {
  if (text.slice(anchor.start, anchor.end) === anchor.exact) return anchor;
  if (!text.includes(anchor.exact)) return null;
  const resolution = resolveAnchor(text, anchor);
  if (resolution.status === 'exact') return anchor;
  if (resolution.status !== 'moved') return null;
  const moved = createAnchor(text, resolution.start, resolution.end);
  return moved?.exact === anchor.exact ? moved : null;
}
