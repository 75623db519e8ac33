import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { listArticleSummaries, type ArticleSummary } from '../../storage/repositories/articleRepository';

/** Every article with its statement count, live; undefined while loading. */
export function useArticleSummaries(): ArticleSummary[] | undefined {
  return useLiveQuery(() => listArticleSummaries(appDatabase), []);
}
