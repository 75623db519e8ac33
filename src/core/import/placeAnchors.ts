import type { Anchor } from '../model/anchor';
import type { Envelope } from '../model/envelope';
import type { Statement } from '../model/statement';
import { err, ok, type Result } from '../result';
import type { ImportProblem } from './ImportProblem';
import { placeAnchor } from './placeAnchor';

/** Statements whose anchors all hold, and a sentence per statement re-anchored. */
export interface PlacedStatements {
  statements: Statement[];
  notices: string[];
}

/**
 * Check every anchor (quote and cue) of a statement that is not orphaned
 * against its article's text. Offsets that no longer hold the exact words
 * are moved to where the words are (resolveAnchor 'moved'), with a notice.
 * Words that are not in the text verbatim (an approximate match or none)
 * are a problem: an import never changes what someone is quoted as saying.
 * Statements whose article is missing are left to checkReferences.
 */
export function placeAnchors(envelope: Envelope): Result<PlacedStatements, ImportProblem[]> {
  const texts = new Map(envelope.articles.map((article) => [article.id, article.text]));
  const problems: ImportProblem[] = [];
  const notices: string[] = [];
  const statements = envelope.statements.map((statement, i) => {
    const text = texts.get(statement.articleId);
    if (text === undefined || statement.orphanedAt !== undefined) return statement;
    const place = (anchor: Anchor, field: 'quote' | 'cue'): Anchor => {
      const placed = placeAnchor(text, anchor);
      if (placed === null) {
        const beyond = anchor.end > text.length ? `; its offsets (${anchor.start}–${anchor.end}) lie beyond the article’s ${text.length} characters` : '';
        problems.push({ path: `statements[${i}].${field}`, message: `The ${field} “${preview(anchor.exact)}” is not in the article text${beyond}.` });
      } else if (placed !== anchor) {
        notices.push(`Statement “${preview(statement.quote.exact)}” (${statement.id}): the ${field} was found at ${placed.start}–${placed.end} instead of ${anchor.start}–${anchor.end}.`);
      }
      return placed ?? anchor;
    };
    const quote = place(statement.quote, 'quote');
    const cue = statement.cue === undefined ? undefined : place(statement.cue, 'cue');
    if (quote === statement.quote && cue === statement.cue) return statement;
    return { ...statement, quote, ...(cue === undefined ? {} : { cue }) };
  });
  return problems.length > 0 ? err(problems) : ok({ statements, notices });
}

function preview(quote: string): string {
  const chars = Array.from(quote);
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : quote;
}
