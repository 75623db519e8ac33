import { compareIds } from '../text/compareIds';
import { compareNames } from '../text/compareNames';

/**
 * Orders speakers (or anything named) by name as a person reads it (see
 * compareNames), then by id for names that read the same.
 */
export function compareByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareNames(a.name, b.name) || compareIds(a.id, b.id);
}
