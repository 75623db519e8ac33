import type { LibraryRecords } from '../model/envelope';
import type { Statement } from '../model/statement';
import { compareArticles } from './compareArticles';

/**
 * A comparison of statements in reading order across the library: by their
 * article's publication (see compareArticles), then by place in the text.
 * Statements of unknown articles come last.
 */
export function statementOrder(records: LibraryRecords): (a: Statement, b: Statement) => number {
  const rank = new Map([...records.articles].sort(compareArticles).map((article, i) => [article.id, i]));
  const rankOf = (s: Statement) => rank.get(s.articleId) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    rankOf(a) - rankOf(b) ||
    a.articleId.localeCompare(b.articleId) ||
    a.quote.start - b.quote.start ||
    a.quote.end - b.quote.end ||
    a.id.localeCompare(b.id);
}
