import { appDatabase } from '../../storage/appDatabase';
import { warmArticle } from '../../storage/articleLiveQueries';
import { parseRoute } from './parseRoute';

/**
 * Start reading what the view a hash URL leads to opens with. Loaded by
 * src/main.tsx on its own, without React, so that the reads run in the
 * browser's IndexedDB while React and the view's code are still evaluated.
 */
export function warmRoute(hash: string): void {
  const route = parseRoute(hash);
  if (route.view === 'article') warmArticle(appDatabase, route.articleId);
}
