import { useObservable } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveLibraryArticles } from '../../storage/live/liveQueries';
import type { LibraryArticles } from '../../storage/reads/readLibraryArticles';

/** The Library's articles with their counts, live; undefined while loading. */
export function useLibraryArticles(): LibraryArticles | undefined {
  return useObservable(() => liveLibraryArticles(appDatabase), []);
}
