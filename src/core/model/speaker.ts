import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';

export const SPEAKER_KINDS = ['person', 'organization', 'group', 'anonymous'] as const;
export const SpeakerKindSchema = z.enum(SPEAKER_KINDS);

export const SpeakerSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)),
  kind: SpeakerKindSchema,
  role: z.string().max(300).optional(),
  affiliation: z.string().max(300).optional(),
  notes: z.string().max(20_000).optional(),
  /** CSS colour of the speaker's highlights. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
