import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';

/**
 * Where a curated (gold) statement came from: the coder whose version the
 * curator accepted (null when the curator wrote it), that coder's statement,
 * and who curated it, when. Only gold statements carry it.
 */
export const ProvenanceSchema = z.object({
  from: IdSchema.nullable(),
  /** The accepted coder's name as the project listed it then, for readers of an export. */
  fromName: z.string().max(300).optional(),
  fromStatementId: IdSchema.nullable(),
  /** The curator changed the accepted version's coding (or their own earlier verdict). */
  edited: z.boolean().optional(),
  curatedBy: z.object({ id: IdSchema, name: z.string().max(300) }),
  curatedAt: TimestampSchema,
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
