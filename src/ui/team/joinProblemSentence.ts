import type { JoinLinkProblem } from '../../core/team/joinLink';
import type { JoinProblem } from '../../storage/team/teamProjectRepository';

/** Why a join link cannot be used, in the person's words. */
export function joinProblemSentence(problem: JoinLinkProblem | JoinProblem): string {
  switch (problem) {
    case 'not-a-join-link':
      return 'This is not a Quotemark join link. Paste the whole link the project’s owner sent you.';
    case 'malformed-token':
      return 'This join link is damaged (its invitation cannot be read). Ask the project’s owner for a new one.';
    case 'server-mismatch':
      return 'This join link was changed: it points at another server than the one its invitation is for. Ask the project’s owner for a new one.';
    case 'expired-token':
      return 'This invitation has expired. Ask the project’s owner for a new link.';
    case 'joined-as-another-coder':
      return 'This browser already takes part in this project as another coder. Leave the project in Settings first to join as someone else.';
  }
}
