import { useState } from 'react';
import type { TeamProjectView } from '../../storage/team/teamLiveQueries';
import { appDatabase } from '../../storage/database/appDatabase';
import { leaveProject } from '../../storage/team/teamProjectRepository';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { errorMessage } from '../../core/errorMessage';
import { agreementHref } from '../routing/parseRoute';
import { BlindCoding } from './BlindCoding';
import { ConflictList } from './ConflictList';
import { ROLE_WORDS } from './roleWords';
import { teamStatusText } from './teamStatusText';

/** The joined projects: server, role and status of each, and Leave project. */
export function ProjectList({ projects }: { projects: TeamProjectView[] }) {
  const [leaving, setLeaving] = useState<TeamProjectView | null>(null);
  const [deleteCopy, setDeleteCopy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    if (!leaving) return;
    setError(null);
    try {
      await leaveProject(appDatabase, leaving.project.projectId, deleteCopy);
    } catch (e) {
      setError(`The project could not be left: ${errorMessage(e)}.`);
    }
    setLeaving(null);
    setDeleteCopy(false);
  };
  return (
    <>
      <ul className="qm-team-projects">
        {projects.map((view) => (
          <li key={view.project.projectId} aria-label={view.project.projectName}>
            <strong>{view.project.projectName}</strong>
            <dl className="qm-settings-facts">
              <dt>Server</dt>
              <dd>
                <code>{view.project.server}</code>
              </dd>
              <dt>You</dt>
              <dd>
                {view.project.coderName}, {ROLE_WORDS[view.project.role]}
              </dd>
              <dt>Status</dt>
              <dd role="status" aria-label={`Status of ${view.project.projectName}`}>
                {teamStatusText(view.status, view.pending)}
              </dd>
            </dl>
            <ConflictList project={view.project} />
            <BlindCoding project={view.project} />
            <p>
              <a href={agreementHref(view.project.projectId)}>Agreement</a> between the project’s coders
            </p>
            <button type="button" onClick={() => setLeaving(view)}>
              Leave project
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
      {leaving && (
        <ConfirmDialog
          title="Leave project"
          confirmLabel="Leave project"
          onConfirm={() => void leave()}
          onCancel={() => setLeaving(null)}
        >
          <p>
            Stop syncing “{leaving.project.projectName}” on this device? Its articles and your statements stay here as
            local ones
            {leaving.pending > 0 ? `; ${leaving.pending} of your changes have not reached the server and will not` : ''}
            .
          </p>
          <label className="qm-inline-field">
            <input type="checkbox" checked={deleteCopy} onChange={(e) => setDeleteCopy(e.target.checked)} />
            Also delete its articles and my statements on them from this device
          </label>
        </ConfirmDialog>
      )}
    </>
  );
}
