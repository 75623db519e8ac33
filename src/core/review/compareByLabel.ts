import { compareIds } from '../text/compareIds';
import { compareNames } from '../text/compareNames';

/** Orders topics by label as a person reads it (see compareNames), then by id. */
export function compareByLabel(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return compareNames(a.label, b.label) || compareIds(a.id, b.id);
}
