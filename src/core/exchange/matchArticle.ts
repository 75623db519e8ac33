import type { Article } from '../model/article';
import { ARTICLE_URN_PREFIX } from './w3cAnnotationSchema';

/** The article an annotation is on, or why none can be told. */
export type ArticleMatch = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * Which library article an annotation's target means: the article its
 * Quotemark extension names; else the one whose web address (or Quotemark
 * URN) is the target's source, preferring one that holds the words when
 * several share the address; failing that, the one article whose text
 * holds the quoted words. Words found in several articles are not guessed at.
 */
export function matchArticle(
  articles: readonly Article[],
  target: { articleId?: string; source?: string; exact?: string },
): ArticleMatch {
  const named = target.articleId === undefined ? undefined : articles.find((a) => a.id === target.articleId);
  if (named) return { ok: true, article: named };
  const { source, exact } = target;
  const bySource =
    source === undefined ? [] : articles.filter((a) => a.url === source || `${ARTICLE_URN_PREFIX}${a.id}` === source);
  const first = bySource.find((a) => exact !== undefined && a.text.includes(exact)) ?? bySource[0];
  if (first) return { ok: true, article: first };
  const where = source === undefined ? '' : ` (${source})`;
  if (exact === undefined) return { ok: false, reason: `names no article in the library${where}` };
  const holding = articles.filter((a) => a.text.includes(exact));
  if (holding.length === 1 && holding[0]) return { ok: true, article: holding[0] };
  if (holding.length > 1)
    return {
      ok: false,
      reason: `names no article in the library${where}, and its words are in ${holding.length} articles, so which one is meant cannot be told`,
    };
  return { ok: false, reason: `names no article in the library${where}, and no article’s text holds its words` };
}
