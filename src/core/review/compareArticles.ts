import { articleDate } from './articleDate';
import { compareByTitle } from './compareByTitle';
import type { ArticleInfo } from './StanceEntry';

/**
 * Orders articles by publication: their day (see articleDate), then the
 * full date string, then title and id, so the order is always the same.
 */
export function compareArticles(a: ArticleInfo, b: ArticleInfo): number {
  return (
    articleDate(a).localeCompare(articleDate(b)) ||
    (a.publishedAt ?? a.createdAt).localeCompare(b.publishedAt ?? b.createdAt) ||
    compareByTitle(a, b)
  );
}
