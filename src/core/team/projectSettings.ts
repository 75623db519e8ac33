import { z } from 'zod';
import { IdSchema } from '../model/ids';

/**
 * The project's settings, one record in the codebook (id: the project id).
 * Blind coding keeps coders from seeing each other's layers (so their
 * agreement means something) until an owner opens them.
 */
export const ProjectSettingsSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(300),
  blindCoding: z.boolean(),
  /** Set by an owner once coding is done: every layer becomes visible to coders. */
  layersOpen: z.boolean(),
});

export type ProjectSettings = z.infer<typeof ProjectSettingsSchema>;

/** Whether a coder is kept from other coders' layers right now. */
export function layersHidden(settings: Pick<ProjectSettings, 'blindCoding' | 'layersOpen'> | null): boolean {
  return settings !== null && settings.blindCoding && !settings.layersOpen;
}
