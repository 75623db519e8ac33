import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectCoding } from '../../core/agreement/projectCoding';
import { appDatabase } from '../../storage/database/appDatabase';
import { readProjectCoding } from '../../storage/team/readProjectCoding';

/**
 * Every coder's statements on a project's articles, live: null while
 * loading, undefined when the project is not joined here.
 */
export function useProjectCoding(projectId: string): ProjectCoding | undefined | null {
  return useLiveQuery(() => readProjectCoding(appDatabase, projectId), [projectId], null);
}
