import { z } from 'zod';
import { AnchorSchema } from './anchor';
import { IdSchema, TimestampSchema } from './ids';
import { ProvenanceSchema } from './provenance';

export const STATEMENT_KINDS = ['direct', 'indirect', 'mixed'] as const;
export const STANCES = ['favor', 'against', 'neutral', 'mixed', 'unclear'] as const;

export const StatementKindSchema = z.enum(STATEMENT_KINDS);
export const StanceSchema = z.enum(STANCES);

export const StatementSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  speakerId: IdSchema.nullable(),
  quote: AnchorSchema,
  cue: AnchorSchema.optional(),
  kind: StatementKindSchema,
  roleAtTime: z.string().max(300).optional(),
  claim: z.string().max(20_000).optional(),
  topicId: IdSchema.optional(),
  stance: StanceSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(100)),
  note: z.string().max(20_000).optional(),
  /**
   * Set when an edit of the article text deleted the quote: the statement is
   * kept, with its last anchor, until the person re-attaches or deletes it.
   */
  orphanedAt: TimestampSchema.optional(),
  /** A gold statement's provenance (see provenance.ts): set by curation, absent elsewhere. */
  provenance: ProvenanceSchema.optional(),
  origin: z.enum(['manual', 'suggested']),
  status: z.enum(['confirmed', 'pending']),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Statement = z.infer<typeof StatementSchema>;
export type StatementKind = z.infer<typeof StatementKindSchema>;
export type Stance = z.infer<typeof StanceSchema>;
