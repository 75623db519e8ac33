import { useLiveQuery } from 'dexie-react-hooks';
import type { Article } from '../../core/model/article';
import { appDatabase } from '../../storage/appDatabase';
import { getArticle } from '../../storage/articleRepository';

/** One article, live: undefined while loading, null when there is none. */
export function useArticle(id: string): Article | null | undefined {
  return useLiveQuery(async () => (await getArticle(appDatabase, id)) ?? null, [id]);
}
