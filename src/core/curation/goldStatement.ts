import { z } from 'zod';
import { ProvenanceSchema } from '../model/provenance';
import { StatementSchema, type Statement } from '../model/statement';

/**
 * A statement of the gold layer: the curated version of one unit, always
 * with its provenance. `rejected` records the curator's verdict that the
 * unit is not a quote at all: it keeps the unit's span (so the unit counts
 * as resolved) and is left out of everything the gold layer feeds.
 */
export const GoldStatementSchema = StatementSchema.extend({
  provenance: ProvenanceSchema,
  rejected: z.boolean().optional(),
});

export type GoldStatement = z.infer<typeof GoldStatementSchema>;

/** The gold statements that count: not rejected, as plain statements (with their provenance). */
export function acceptedGold(gold: readonly GoldStatement[]): Statement[] {
  return gold
    .filter((g) => !g.rejected)
    .map((g) => {
      const statement: Statement & { rejected?: boolean } = { ...g };
      delete statement.rejected;
      return statement;
    });
}
