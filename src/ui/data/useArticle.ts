import { useObservable } from 'dexie-react-hooks';
import type { Article } from '../../core/model/article';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveArticle } from '../../storage/live/liveQueries';

/** One article, live: undefined while loading, null when there is none. */
export function useArticle(id: string): Article | null | undefined {
  return useObservable(() => liveArticle(appDatabase, id), [id]);
}
