import type { Change } from '../model/change';

/**
 * Where a step of the history belongs, and what a view can undo: one
 * article, or the library as a whole.
 *
 * A step belongs to an article when every record it touched is of that
 * article (its statements, the article itself); speakers and topics touched
 * along with them, or alone from that article's view, belong to it too. A
 * step across several articles, or of speakers and topics alone from a view
 * without an article, belongs to the library.
 *
 * An article's view undoes and redoes its own article's steps only; every
 * other view (Library, Speakers, Stances, a speaker's or topic's page)
 * reaches every step, and says where an article's step was.
 */
export type UndoScope = { readonly kind: 'article'; readonly articleId: string } | { readonly kind: 'library' };

/** The library as a whole: the scope of steps of no one article, and the reach of views without one. */
export const LIBRARY_SCOPE: UndoScope = { kind: 'library' };

/** One article's scope. */
export const articleScope = (articleId: string): UndoScope => ({ kind: 'article', articleId });

/**
 * The scope of a step, from the records it touched; `takenIn` is the article
 * on screen when the step was taken, which places a step of speakers or
 * topics alone (a speaker added or edited from the article).
 */
export function changeScope(change: Change, takenIn?: string): UndoScope {
  const articles = articlesOf(change);
  if (articles.size > 1) return LIBRARY_SCOPE;
  const [only] = articles;
  if (only !== undefined) return articleScope(only);
  return takenIn === undefined ? LIBRARY_SCOPE : articleScope(takenIn);
}

/** The ids of the articles whose records (the article, its statements) a step touched. */
export function articlesOf(change: Change): Set<string> {
  const ids = new Set<string>();
  for (const side of [change.before, change.after]) {
    for (const id of Object.keys(side.articles ?? {})) ids.add(id);
    for (const statement of Object.values(side.statements ?? {})) if (statement) ids.add(statement.articleId);
  }
  return ids;
}

/** Whether a view of scope `view` undoes and redoes a step of scope `step`. */
export function reaches(view: UndoScope, step: UndoScope): boolean {
  return view.kind === 'library' || (step.kind === 'article' && step.articleId === view.articleId);
}

/** Whether two scopes are the same. */
export function sameScope(a: UndoScope, b: UndoScope): boolean {
  return a.kind === 'library' ? b.kind === 'library' : b.kind === 'article' && a.articleId === b.articleId;
}
