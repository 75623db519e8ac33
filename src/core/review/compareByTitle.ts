import { compareIds } from '../text/compareIds';
import { compareNames } from '../text/compareNames';

/** Orders articles by title as a person reads it (see compareNames), then by id. */
export function compareByTitle(a: { title: string; id: string }, b: { title: string; id: string }): number {
  return compareNames(a.title, b.title) || compareIds(a.id, b.id);
}
