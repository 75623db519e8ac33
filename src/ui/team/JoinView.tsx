import { parseJoinLink } from '../../core/team/joinLink';
import { navigate } from '../routing/useHashRoute';
import { JoinInvitation } from './JoinInvitation';
import { joinProblemSentence } from './joinProblemSentence';
import './team.css';

/** A join link opened in the app (`#/join?server=…&token=…`): the invitation, and Join project. */
export function JoinView({ link }: { link: string }) {
  const invitation = parseJoinLink(link);
  return (
    <section aria-labelledby="join-heading" className="qm-settings">
      <h1 id="join-heading">{invitation.ok ? `Join “${invitation.value.payload.projectName}”` : 'Join a project'}</h1>
      {invitation.ok ? (
        <JoinInvitation invitation={invitation.value} onJoined={() => navigate('#/')} />
      ) : (
        <p role="alert" className="qm-error">
          {joinProblemSentence(invitation.error)}
        </p>
      )}
    </section>
  );
}
