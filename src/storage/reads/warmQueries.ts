import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { warmLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';

/** Start shared live queries of `db` before any view watches them, so their results are there when one does. */
export function warmQueries(db: QuotemarkDatabase, queries: readonly SharedLiveQuery<unknown>[]): void {
  // A live query first runs after a zero timeout, which waits behind the
  // long tasks of evaluating React and the view; opening the database now
  // means its reads can start the moment it does.
  if (!db.isOpen()) db.open().catch(() => undefined); // StorageGuard reports a failure
  for (const query of queries) warmLiveQuery(query);
}
