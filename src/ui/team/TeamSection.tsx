import { useState } from 'react';
import { parseJoinLink } from '../../core/team/joinLink';
import { useTeamProjects } from '../data/useTeamProjects';
import { JoinInvitation } from './JoinInvitation';
import { joinProblemSentence } from './joinProblemSentence';
import { ProjectList } from './ProjectList';
import './team.css';

/** Settings → Team: join a project with a link, and the projects joined, each with its status. */
export function TeamSection() {
  const projects = useTeamProjects();
  const [link, setLink] = useState('');
  const parsed = link.trim() ? parseJoinLink(link) : null;
  return (
    <section aria-labelledby="team-heading" className="qm-settings-section">
      <h2 id="team-heading">Team</h2>
      <p className="qm-hint">
        A project is a corpus coded by a team on a sync server it runs. Your statements stay on this device first and
        reach the server when it can be reached; “Synced” means the server has stored every change made here.
      </p>
      <label className="qm-team-link">
        Join project
        <input
          type="url"
          value={link}
          placeholder="Paste the join link the project’s owner sent you"
          onChange={(e) => setLink(e.target.value)}
        />
      </label>
      {parsed && !parsed.ok && (
        <p role="alert" className="qm-error">
          {joinProblemSentence(parsed.error)}
        </p>
      )}
      {parsed?.ok && <JoinInvitation invitation={parsed.value} onJoined={() => setLink('')} />}
      <h3>Joined projects</h3>
      {!projects ? (
        <p aria-busy="true">Loading…</p>
      ) : projects.length === 0 ? (
        <p className="qm-empty">None yet.</p>
      ) : (
        <ProjectList projects={projects} />
      )}
    </section>
  );
}
