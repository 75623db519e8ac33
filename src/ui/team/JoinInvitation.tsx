import { useState } from 'react';
import type { JoinInvitation as Invitation } from '../../core/team/joinLink';
import { appDatabase } from '../../storage/database/appDatabase';
import { joinProject, type JoinProblem } from '../../storage/team/teamProjectRepository';
import { ErrorMessage } from '../common/ErrorMessage';
import { settleWrite } from '../common/settleWrite';
import { useTeamProjects } from '../data/useTeamProjects';
import { joinProblemSentence } from './joinProblemSentence';
import { ROLE_WORDS } from './roleWords';

interface Props {
  invitation: Invitation;
  /** After joining. */
  onJoined?: () => void;
}

/** What a join link invites to (project, who, what role, which server) and the button that joins. */
export function JoinInvitation({ invitation, onJoined }: Props) {
  const { payload, server } = invitation;
  const projects = useTeamProjects();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const joined = projects?.find((p) => p.project.projectId === payload.projectId);
  const current = joined?.project.token === invitation.token;
  const join = async () => {
    setError(null);
    setBusy(true);
    const result = await settleWrite(joinProject(appDatabase, invitation));
    setBusy(false);
    if (!result.ok) return setError(isJoinProblem(result.error) ? joinProblemSentence(result.error) : result.error);
    onJoined?.();
  };
  return (
    <section className="qm-join" aria-label={`Invitation to ${payload.projectName}`}>
      <dl className="qm-settings-facts">
        <dt>Project</dt>
        <dd>{payload.projectName}</dd>
        <dt>You join as</dt>
        <dd>{payload.coderName}</dd>
        <dt>Role</dt>
        <dd>{ROLE_WORDS[payload.role]}</dd>
        <dt>Server</dt>
        <dd>
          <code>{server}</code>
        </dd>
      </dl>
      {current ? (
        <p role="status">
          You have joined this project. <a href="#/">Open the Library</a> to see its articles.
        </p>
      ) : (
        <p>
          <button type="button" onClick={() => void join()} disabled={busy || projects === undefined}>
            Join project
          </button>{' '}
          <span className="qm-hint">
            {joined
              ? 'You are in this project already: joining again uses this newer invitation.'
              : 'Its articles appear in your Library; your statements sync with the project.'}
          </span>
        </p>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}

const JOIN_PROBLEMS: readonly string[] = ['expired-token', 'joined-as-another-coder'] satisfies JoinProblem[];
const isJoinProblem = (error: string): error is JoinProblem => JOIN_PROBLEMS.includes(error);
