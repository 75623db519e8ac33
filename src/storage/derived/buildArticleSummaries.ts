import type { Table } from 'dexie';
import type { Article } from '../../core/model/article';
import type { Statement } from '../../core/model/statement';
import {
  articleListingOf,
  articleSummaryRows,
  statementCountsByArticle,
  type ArticleListing,
  type ArticleSummaryRecord,
} from './ArticleSummaryRecord';

/**
 * Every row of the article summaries, made from the stored articles and
 * statements (the v8 upgrade). Articles are read one at a time, so a large
 * library's texts never sit in memory together; statements are counted
 * from the keys of their articleId index, never loaded.
 */
export async function buildArticleSummaries(
  articles: Table<Article, string>,
  statements: Table<Statement, string>,
): Promise<ArticleSummaryRecord[]> {
  const listings: ArticleListing[] = [];
  await articles.each((article) => {
    listings.push(articleListingOf(article));
  });
  const articleIds = (await statements.orderBy('articleId').keys()) as string[];
  return articleSummaryRows(listings, statementCountsByArticle(articleIds));
}
