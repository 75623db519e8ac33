import { useLiveQuery } from 'dexie-react-hooks';
import type { Statement } from '../../core/model/statement';
import { appDatabase } from '../../storage/appDatabase';
import { listStatementsForArticle } from '../../storage/statementRepository';

/** An article's statements in text order, live. */
export function useArticleStatements(articleId: string): Statement[] | undefined {
  return useLiveQuery(() => listStatementsForArticle(appDatabase, articleId), [articleId]);
}
