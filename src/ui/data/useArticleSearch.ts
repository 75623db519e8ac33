import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { searchArticleIds } from '../../storage/repositories/articleRepository';

/** Ids of the articles whose title or text matches the query, live. */
export function useArticleSearch(query: string): Set<string> | undefined {
  return useLiveQuery(async () => new Set(await searchArticleIds(appDatabase, query)), [query]);
}
