import type { Article } from '../model/article';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day an article belongs to, as YYYY-MM-DD: its publication date when
 * that starts with an ISO day ("2021-03-22", "2021-03-22T08:00Z"), else the
 * day it was added to the library.
 */
export function articleDate(article: Pick<Article, 'publishedAt' | 'createdAt'>): string {
  const published = article.publishedAt?.trim();
  if (published && DAY.test(published)) return published.slice(0, 10);
  return article.createdAt.slice(0, 10);
}
