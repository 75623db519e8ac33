import { quoteReadingOrder, type QuotedStatement } from '../statements/readingOrder';
import { compareIds } from '../text/compareIds';
import { compareArticles } from './compareArticles';
import type { ArticleInfo } from './StanceEntry';

/** What reading order across the library looks at in a statement. */
type Placed = QuotedStatement & { articleId: string };

/**
 * A comparison of statements in reading order across the library: by their
 * article's publication (see compareArticles), then in the article's own
 * reading order (quoteReadingOrder, as its sidebar lists them).
 * Statements of unknown articles come last.
 */
export function statementOrder(records: { articles: readonly ArticleInfo[] }): (a: Placed, b: Placed) => number {
  const rank = new Map([...records.articles].sort(compareArticles).map((article, i) => [article.id, i]));
  const rankOf = (s: Placed) => rank.get(s.articleId) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => rankOf(a) - rankOf(b) || compareIds(a.articleId, b.articleId) || quoteReadingOrder(a, b);
}
