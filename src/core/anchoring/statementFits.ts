import type { Anchor } from '../model/anchor';
import type { Statement } from '../model/statement';

/**
 * True when a statement's quote, and its cue if any, are exactly where their
 * offsets say in `text`: what must hold of every statement that is not an
 * orphan whenever an article's text is written.
 */
export function statementFits(statement: Statement, text: string): boolean {
  return anchored(statement.quote, text) && (statement.cue === undefined || anchored(statement.cue, text));
}

function anchored(anchor: Anchor, text: string): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.exact;
}
