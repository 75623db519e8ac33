import { useLiveQuery } from 'dexie-react-hooks';
import type { Statement } from '../../core/model/statement';
import { appDatabase } from '../../storage/database/appDatabase';
import { getStatements } from '../../storage/repositories/statementRepository';

/** The statements with these ids, live, in the order given; undefined while loading. */
export function useStatements(ids: readonly string[]): Statement[] | undefined {
  // Keyed by content (ids are any string, so as JSON): a new array of the same ids is the same query.
  const key = JSON.stringify(ids);
  return useLiveQuery(() => getStatements(appDatabase, JSON.parse(key) as string[]), [key]);
}
