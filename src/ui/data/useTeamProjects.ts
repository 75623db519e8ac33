import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { listTeamProjects, type TeamProjectView } from '../../storage/team/teamLiveQueries';

/** The projects this browser joined, with their status, live; undefined while loading. */
export function useTeamProjects(): TeamProjectView[] | undefined {
  return useLiveQuery(() => listTeamProjects(appDatabase), []);
}
