import type { HighlightSpec } from './highlightSpec';

/**
 * A string that changes whenever anything drawn for the statement changes:
 * its range, lane, colour, label, pending state, cue and whether it is active.
 * Comparing keys is how a redraw finds the few statements that changed
 * among thousands without comparing decorations.
 */
export function highlightKey(spec: HighlightSpec, active: boolean): string {
  const cue = spec.cue ? `${spec.cue.start}-${spec.cue.end}` : '';
  const flags = `${spec.pending ? 'p' : ''}${active ? 'a' : ''}${spec.layer === undefined ? '' : `l${spec.layer.length}:${spec.layer}`}`;
  // The colour's length fences it off from the label, so no two different
  // specs can run together into the same key.
  return `${spec.start}:${spec.end}:${spec.lane ?? 0}:${cue}:${flags}:${spec.color.length}:${spec.color}${spec.label}`;
}
