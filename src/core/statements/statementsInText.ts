import { resolveAnchor } from '../anchoring/resolveAnchor';
import type { Statement } from '../model/statement';
import { readingOrder } from './readingOrder';

/** An article's statements as its view shows them. */
export interface StatementsInText {
  /** Statements found in the text, with where they are now, in reading order. */
  placed: { statement: Statement; start: number; end: number; cue?: { start: number; end: number } }[];
  /** Statements whose quote is no longer in the text: shown, never dropped. */
  orphans: Statement[];
}

/**
 * Resolve every statement's anchor against the article text. The placed ones
 * come in reading order by where they are now (readingOrder): the sidebar
 * lists them so, and the editor steps through its highlights in the same order.
 */
export function statementsInText(text: string, statements: readonly Statement[]): StatementsInText {
  const result: StatementsInText = { placed: [], orphans: [] };
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
  const inOrder = result.placed
    .map((entry) => ({ id: entry.statement.id, start: entry.start, end: entry.end, entry }))
    .sort(readingOrder);
  return { placed: inOrder.map(({ entry }) => entry), orphans: result.orphans };
}
