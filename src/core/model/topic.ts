import { z } from 'zod';
import { IdSchema } from './ids';

export const TopicSchema = z.object({
  id: IdSchema,
  label: z.string().trim().min(1).max(300),
  description: z.string().max(20_000).optional(),
});

export type Topic = z.infer<typeof TopicSchema>;
