import { withoutUndefined } from '../../core/model/withoutUndefined';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { ArticleSearchIndex } from './ArticleSearchIndex';

/** One row of the library list: what it shows without the article text. */
export interface ArticleSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  source?: string;
  author?: string;
  /** The team project it belongs to; absent for a local article. */
  projectId?: string;
  statementCount: number;
}

/** What the Library view is drawn from: its rows, and the search over them. */
export interface LibraryArticles {
  /** Every article, newest first, with how many statements it has. */
  summaries: ArticleSummary[];
  /** The search over the same articles' titles and texts, in memory. */
  search: ArticleSearchIndex;
}

/**
 * Every article with its statement count, and a search index over their
 * titles and texts, from one read: the articles are read once (a getAll;
 * their texts come with them, since no smaller record holds the rest), so
 * each keystroke of a search reads nothing more. Counts come from the
 * articleId index, so statement records are never loaded; one read
 * transaction keeps the list and its counts consistent with each other.
 */
export function readLibraryArticles(db: QuotemarkDatabase): Promise<LibraryArticles> {
  return db.transaction('r', db.articles, db.statements, async () => {
    const articles = await db.articles.orderBy('createdAt').reverse().toArray();
    const counts = await Promise.all(
      articles.map((article) => db.statements.where('articleId').equals(article.id).count()),
    );
    const summaries = articles.map((article, i) =>
      withoutUndefined({
        id: article.id,
        title: article.title,
        createdAt: article.createdAt,
        updatedAt: article.updatedAt,
        publishedAt: article.publishedAt,
        source: article.source,
        author: article.author,
        projectId: article.projectId,
        statementCount: counts[i] ?? 0,
      }),
    );
    return { summaries, search: new ArticleSearchIndex(articles) };
  });
}
