import type { TeamRefusal } from '../../core/team/teamRefusal';

/** Why a server refused a project, in the person's words (what follows "Refused: "). */
export function refusalSentence(code: TeamRefusal | undefined): string {
  switch (code) {
    case 'malformed-token':
      return 'the join link is damaged. Ask the project’s owner for a new one.';
    case 'forged-token':
      return 'the server does not recognise this invitation. Ask the project’s owner for a new link.';
    case 'expired-token':
      return 'the invitation has expired. Ask the project’s owner for a new link.';
    case 'revoked-token':
      return 'the project’s owner withdrew your invitation.';
    case 'wrong-project':
      return 'the invitation is for another project.';
    case 'unknown-document':
    case undefined:
      return 'the server does not know this project.';
    case 'layer-hidden':
      return 'blind coding hides the other coders’ layers until the owner opens them.';
  }
}
