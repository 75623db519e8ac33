import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import type { ArticleListing } from '../derived/ArticleSummaryRecord';
import { compareIds } from '../../core/text/compareIds';

/** One row of the library list: what it shows without the article text. */
export interface ArticleSummary extends ArticleListing {
  statementCount: number;
}

/** What the Library view is drawn from: its rows (the search over their texts is read after them: readSearchableArticles). */
export interface LibraryArticles {
  /** Every article, newest first, with how many statements it has. */
  summaries: ArticleSummary[];
}

/**
 * Every article with its statement count, newest first, from the article
 * summaries (16 small rows, kept with every write): neither the articles'
 * texts nor their statements are read, so a library of a thousand articles
 * lists as fast as a small one.
 */
export async function readLibraryArticles(db: QuotemarkDatabase): Promise<LibraryArticles> {
  const rows = await db.articleSummaries.toArray();
  const summaries = rows.flatMap((row) =>
    Object.values(row.articles).map((listing) => ({ ...listing, statementCount: row.counts[listing.id] ?? 0 })),
  );
  // As the createdAt index lists them, reversed: newest first, then by id, descending.
  summaries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : compareIds(b.id, a.id)));
  return { summaries };
}
