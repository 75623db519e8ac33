import type { Anchor } from '../model/anchor';
import type { Statement } from '../model/statement';
import type { PlacedAnchor, Placement, UnplacedStatement } from './ImportPlan';
import { placeAnchor, type AnchorPlacement } from './placeAnchor';

/** Statements placed in their texts (the unplaceable left out), and how. */
export interface PlacedStatements {
  statements: Statement[];
  placement: Placement;
}

/**
 * Place every incoming statement that is not an orphan in the text it will
 * live in (`textOf`; undefined leaves a statement as it is): its quote by
 * placeAnchor, and its cue likewise, where a cue that cannot be placed is
 * dropped (the statement stands without it, as after an edit of the text).
 * A statement whose quote cannot be placed is left out and reported at its
 * place in the file (`pathOf`), never written on other words. Orphans keep
 * their last anchor: their words were gone when they were exported.
 */
export function placeStatements(
  statements: readonly Statement[],
  textOf: (statement: Statement) => string | undefined,
  pathOf: (statement: Statement) => string,
): PlacedStatements {
  const placed: PlacedAnchor[] = [];
  const unplaced: UnplacedStatement[] = [];
  const kept: Statement[] = [];
  const budget = { left: FUZZY_BUDGET };
  for (const statement of statements) {
    const text = textOf(statement);
    if (text === undefined || statement.orphanedAt !== undefined) {
      kept.push(statement);
      continue;
    }
    const path = pathOf(statement);
    const quote = placeWithin(text, statement.quote, budget);
    if (quote === null || quote === 'too costly') {
      const { id, articleId } = statement;
      const reason = quote === null ? notInText(text, statement.quote) : TOO_COSTLY;
      unplaced.push({ id, articleId, exact: statement.quote.exact, path: `${path}.quote`, reason });
      continue;
    }
    if (quote.status !== 'exact')
      placed.push(note(statement.id, `${path}.quote`, 'quote', quote.status, statement.quote, quote.anchor));
    const placedCue = statement.cue === undefined ? undefined : placeWithin(text, statement.cue, budget);
    const cue = placedCue === 'too costly' ? null : placedCue;
    if (statement.cue !== undefined && cue?.status !== 'exact') {
      placed.push(note(statement.id, `${path}.cue`, 'cue', cue ? cue.status : 'dropped', statement.cue, cue?.anchor));
    }
    if (quote.status === 'exact' && (cue === undefined || cue?.status === 'exact')) {
      kept.push(statement);
      continue;
    }
    const next: Statement = { ...statement, quote: quote.anchor };
    if (cue) next.cue = cue.anchor;
    else delete next.cue;
    kept.push(next);
  }
  return { statements: kept, placement: { placed, unplaced } };
}

/**
 * How much approximate searching one file may cost, in text characters
 * times 32-error words (see approximateMatches: a search costs about
 * text.length · ⌈maxErrors / 32⌉, twice when the nearby window fails).
 * Words found verbatim cost nothing. Re-importing after an edit needs a
 * few approximate searches; a file of thousands of quotes missing from a
 * long text would take minutes (2,000 quotes of 230 characters in a
 * 100,000-character article: 35 s), so past this budget the rest are
 * reported rather than searched. This allows about 50 such quotes, or
 * about 1,000 100-character quotes in a 5,000-character article.
 */
export const FUZZY_BUDGET = 20_000_000;

const TOO_COSTLY =
  'is not in the article text word for word, and this file has too many such quotes to search for each approximately';

function placeWithin(text: string, anchor: Anchor, budget: { left: number }): AnchorPlacement | null | 'too costly' {
  if (!text.includes(anchor.exact)) {
    const cost = text.length * Math.ceil(Math.min(256, anchor.exact.length / 2) / 32) * 2;
    if (cost > budget.left) return 'too costly';
    budget.left -= cost;
  }
  return placeAnchor(text, anchor);
}

/** Why an anchor is not placed, as a clause after its quoted words. */
export function notInText(text: string, anchor: Anchor): string {
  const beyond =
    anchor.end > text.length
      ? `; its offsets (${anchor.start}–${anchor.end}) lie beyond the article’s ${text.length} characters`
      : '';
  return `is not in the article text, not even approximately${beyond}`;
}

function note(
  id: string,
  path: string,
  field: 'quote' | 'cue',
  status: PlacedAnchor['status'],
  was: Anchor,
  now: Anchor | undefined,
): PlacedAnchor {
  return { id, path, field, status, was: was.exact, now: now?.exact ?? '' };
}
