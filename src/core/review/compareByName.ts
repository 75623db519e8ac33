import type { Speaker } from '../model/speaker';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders speakers by name as a person reads it, then by id for equal names. */
export function compareByName(a: Speaker, b: Speaker): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}
