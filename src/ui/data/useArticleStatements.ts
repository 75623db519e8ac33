import { useObservable } from 'dexie-react-hooks';
import type { Statement } from '../../core/model/statement';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveArticleStatements } from '../../storage/live/liveQueries';

/** An article's statements in text order, live. */
export function useArticleStatements(articleId: string): Statement[] | undefined {
  return useObservable(() => liveArticleStatements(appDatabase, articleId), [articleId]);
}
