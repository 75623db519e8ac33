import type { TeamRole } from '../../core/team/teamRoles';

/** What a role lets a person do, in a few words. */
export const ROLE_WORDS: Record<TeamRole, string> = {
  owner: 'Owner (edits the codebook and codes)',
  coder: 'Coder (codes in their own layer)',
  reader: 'Reader (reads only)',
};
