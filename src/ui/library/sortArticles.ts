import { compareByTitle } from '../../core/review/compareByTitle';
import type { ArticleSummary } from '../../storage/repositories/articleRepository';

export const ARTICLE_SORTS = {
  added: 'Date added',
  published: 'Published date',
  title: 'Title',
  statements: 'Number of statements',
} as const;
export type ArticleSort = keyof typeof ARTICLE_SORTS;

/**
 * The library in the chosen order: newest first for dates, most statements
 * first for counts, A–Z for titles (compareByTitle, also breaking ties). Articles without a published date go last.
 */
export function sortArticles(articles: readonly ArticleSummary[], sort: ArticleSort): ArticleSummary[] {
  const sorted = [...articles];
  switch (sort) {
    case 'added':
      return sorted.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    case 'published':
      return sorted.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || compareByTitle(a, b));
    case 'title':
      return sorted.sort(compareByTitle);
    case 'statements':
      return sorted.sort((a, b) => b.statementCount - a.statementCount || compareByTitle(a, b));
  }
}
