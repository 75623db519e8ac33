import type { Placement } from './ImportPlan';
import type { ImportProblem } from './ImportProblem';
import { quotePreview } from './quotePreview';

/**
 * The problems that refuse a file whole because none of its statements can
 * be placed: with nothing of it to keep, there is no choice to offer, so
 * each statement is named at its path, as any other refusal. Null when some
 * statement is placed (or the file has none to place): then the person sees
 * the unplaced ones in the preview and chooses to import the rest or nothing.
 */
export function nothingPlaceable(placement: Placement, placedCount: number): ImportProblem[] | null {
  if (placement.unplaced.length === 0 || placedCount > 0) return null;
  return placement.unplaced.map((u) => ({
    path: u.path,
    message: `The quote “${quotePreview(u.exact)}” ${u.reason}.`,
  }));
}
