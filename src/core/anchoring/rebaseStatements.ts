import { recordsEqual } from '../history/recordsEqual';
import type { Anchor } from '../model/anchor';
import type { Statement } from '../model/statement';
import { createAnchor } from './createAnchor';

/**
 * Where a range [start, end) of the text before an edit lies in the text
 * after it, or null when the edit deleted it. The editor provides this from
 * its transaction mapping (TextEdit.mapRange).
 */
export type RangeMapper = (start: number, end: number) => { start: number; end: number } | null;

/** Statements whose anchors an edit of the article text changed. */
export interface RebasedStatements {
  /** Anchored in the new text: new offsets, quote and context. */
  updated: Statement[];
  /** Their quote was deleted: marked orphaned, old anchors kept for re-attaching. */
  orphaned: Statement[];
}

/**
 * Carry statements over an edit of their article's text. Each quote (and
 * cue) is mapped through `mapRange` and re-anchored in `newText`, so its
 * exact text, prefix and suffix describe the new text. A statement whose
 * quote was deleted becomes an orphan; a deleted cue is only dropped, since
 * the statement still stands without it. Statements that were orphans
 * already, and those the edit left exactly as they were, are in neither
 * list: they need no write.
 */
export function rebaseStatements(
  statements: readonly Statement[],
  newText: string,
  mapRange: RangeMapper,
  now: Date,
): RebasedStatements {
  const stamp = now.toISOString();
  const updated: Statement[] = [];
  const orphaned: Statement[] = [];
  for (const statement of statements) {
    if (statement.orphanedAt !== undefined) continue;
    const quote = rebaseAnchor(statement.quote, newText, mapRange);
    if (!quote) {
      orphaned.push({ ...statement, orphanedAt: stamp, updatedAt: stamp });
      continue;
    }
    const cue = statement.cue && rebaseAnchor(statement.cue, newText, mapRange);
    if (recordsEqual(quote, statement.quote) && recordsEqual(cue ?? undefined, statement.cue)) continue;
    const next: Statement = { ...statement, quote, updatedAt: stamp };
    if (cue) next.cue = cue;
    else delete next.cue;
    updated.push(next);
  }
  return { updated, orphaned };
}

function rebaseAnchor(anchor: Anchor, newText: string, mapRange: RangeMapper): Anchor | null {
  const range = mapRange(anchor.start, anchor.end);
  return range && createAnchor(newText, range.start, range.end);
}
