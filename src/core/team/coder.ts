import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../model/ids';
import { TeamRoleSchema } from './teamRoles';

/**
 * A person in a project, as the codebook lists them for every client (the
 * Layers checkboxes are labelled with `name`). The server writes these when
 * it invites or revokes; its own table, not this list, decides access.
 */
export const CoderSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(300),
  role: TeamRoleSchema,
  /** Set when the coder's invitations were revoked: their layers stay, read-only. */
  revokedAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Coder = z.infer<typeof CoderSchema>;
