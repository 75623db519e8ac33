import { LIBRARY_TABLES, type ImportPlan } from './ImportPlan';

/**
 * What confirming a plan would do to the library, for the preview to say:
 * - 'writes': some record is written;
 * - 'nothing-new': every record in the file is in the library as it is
 *   (no new and no changed record), so importing changes nothing;
 * - 'library-kept': some records differ (`differing`), but the policy
 *   keeps the library's version of each, so none is written. This is not
 *   "nothing to import": the person may pick another policy.
 */
export type PlanEffect = { kind: 'writes' } | { kind: 'nothing-new' } | { kind: 'library-kept'; differing: number };

export function planEffect(plan: ImportPlan): PlanEffect {
  if (LIBRARY_TABLES.some((table) => plan.write[table].length > 0)) return { kind: 'writes' };
  const differing = LIBRARY_TABLES.reduce((sum, table) => sum + plan.tables[table].changed.length, 0);
  const added = LIBRARY_TABLES.reduce((sum, table) => sum + plan.tables[table].new.length, 0);
  if (differing === 0 && added === 0) return { kind: 'nothing-new' };
  return { kind: 'library-kept', differing };
}
