import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { listArticleLayers } from '../../storage/team/teamLiveQueries';
import type { TeamLayerRecord } from '../../storage/database/teamRecords';

const NONE: TeamLayerRecord[] = [];

/** Other coders' layers on an article of a project, live; none for a local article. */
export function useArticleLayers(projectId: string | undefined, articleId: string): TeamLayerRecord[] {
  return (
    useLiveQuery(
      () => (projectId ? listArticleLayers(appDatabase, projectId, articleId) : NONE),
      [projectId, articleId],
    ) ?? NONE
  );
}
