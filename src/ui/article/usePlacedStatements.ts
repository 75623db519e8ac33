import { useMemo } from 'react';
import { resolveAnchor } from '../../core/anchoring/resolveAnchor';
import type { Statement } from '../../core/model/statement';

export interface PlacedStatements {
  /** Statements found in the text, with where they are now. */
  placed: { statement: Statement; start: number; end: number; cue?: { start: number; end: number } }[];
  /** Statements whose quote is no longer in the text: shown, never dropped. */
  orphans: Statement[];
}

/** Resolve every statement's anchor against the article text. */
export function usePlacedStatements(text: string | undefined, statements: Statement[] | undefined): PlacedStatements {
  return useMemo(() => {
    const result: PlacedStatements = { placed: [], orphans: [] };
    if (text === undefined || !statements) return result;
    for (const statement of statements) {
      // An orphan keeps its last anchor, which may match other words by
      // chance: it stays an orphan until the person re-attaches it.
      if (statement.orphanedAt) {
        result.orphans.push(statement);
        continue;
      }
      const where = resolveAnchor(text, statement.quote);
      if (where.status === 'orphan') result.orphans.push(statement);
      else {
        const cue = statement.cue && resolveAnchor(text, statement.cue);
        const cueAt = cue && cue.status !== 'orphan' ? { start: cue.start, end: cue.end } : undefined;
        result.placed.push({ statement, start: where.start, end: where.end, ...(cueAt && { cue: cueAt }) });
      }
    }
    result.placed.sort((a, b) => a.start - b.start || b.end - a.end);
    return result;
  }, [text, statements]);
}
