import { useEffect, useState } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { watchDatabase, type DatabaseCondition } from '../../storage/database/watchDatabase';

/** Whether the app's library can be used in this tab, kept up to date. */
export function useDatabaseCondition(): DatabaseCondition {
  const [condition, setCondition] = useState<DatabaseCondition>({ state: 'opening' });
  useEffect(() => watchDatabase(appDatabase, setCondition), []);
  return condition;
}
