import { useLiveQuery } from 'dexie-react-hooks';
import type { Statement } from '../../core/model/statement';
import { appDatabase } from '../../storage/appDatabase';
import { listAllStatements } from '../../storage/statementRepository';

/** Every statement in the library, live. */
export function useAllStatements(): Statement[] | undefined {
  return useLiveQuery(() => listAllStatements(appDatabase), []);
}
