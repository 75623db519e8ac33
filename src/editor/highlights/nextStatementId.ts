import { readingOrder } from '../../core/statements/readingOrder';
import type { HighlightSpec } from './highlightSpec';

/**
 * The statement after (direction 1) or before (-1) `activeId` in reading
 * order (core readingOrder, the sidebar's order: by start, the outer quote
 * before the phrase nested in it, then by id). Wraps around at either end.
 * With no active statement, or one not among `highlights`, it is the first
 * (1) or the last (-1). Null when there are no statements. For keyboard
 * stepping through the highlights.
 */
export function nextStatementId(
  highlights: readonly Pick<HighlightSpec, 'id' | 'start' | 'end'>[],
  activeId: string | null,
  direction: 1 | -1,
): string | null {
  const ordered = [...highlights].sort(readingOrder);
  const count = ordered.length;
  if (count === 0) return null;
  const at = activeId === null ? -1 : ordered.findIndex((h) => h.id === activeId);
  const next = at === -1 ? (direction === 1 ? 0 : count - 1) : (at + direction + count) % count;
  return ordered[next]?.id ?? null;
}
