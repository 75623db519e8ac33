import { useLiveQuery } from 'dexie-react-hooks';
import type { Statement } from '../../core/model/statement';
import { appDatabase } from '../../storage/appDatabase';
import { getStatements } from '../../storage/statementRepository';

/** The statements with these ids, live, in the order given; undefined while loading. */
export function useStatements(ids: readonly string[]): Statement[] | undefined {
  // Keyed by content: a new array of the same ids is the same query.
  const key = ids.join('\n');
  return useLiveQuery(() => (key === '' ? [] : getStatements(appDatabase, key.split('\n'))), [key]);
}
