import { z } from 'zod';

/**
 * What a coder may do in a project. Owners edit the codebook and open
 * blind layers; coders write their own layers; readers only read.
 */
export const TEAM_ROLES = ['owner', 'coder', 'reader'] as const;
export const TeamRoleSchema = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof TeamRoleSchema>;
