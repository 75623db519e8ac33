import type { Statement } from '../model/statement';
import { compareIds } from '../text/compareIds';
import { compareArticles } from './compareArticles';
import type { ArticleInfo } from './StanceEntry';

/** What reading order looks at in a statement. */
type Placed = Pick<Statement, 'id' | 'articleId'> & { quote: Pick<Statement['quote'], 'start' | 'end'> };

/**
 * A comparison of statements in reading order across the library: by their
 * article's publication (see compareArticles), then by place in the text.
 * Statements of unknown articles come last.
 */
export function statementOrder(records: { articles: readonly ArticleInfo[] }): (a: Placed, b: Placed) => number {
  const rank = new Map([...records.articles].sort(compareArticles).map((article, i) => [article.id, i]));
  const rankOf = (s: Placed) => rank.get(s.articleId) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    rankOf(a) - rankOf(b) ||
    compareIds(a.articleId, b.articleId) ||
    a.quote.start - b.quote.start ||
    a.quote.end - b.quote.end ||
    compareIds(a.id, b.id);
}
