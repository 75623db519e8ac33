import { z } from 'zod';
import { recordsEqual } from '../history/recordsEqual';

/**
 * One coder's value of one field of one record, as stored in the record's
 * Y.Map under the key `<field>@<coderId>`:
 *
 * - `v`: the value (JSON); absent when the coder cleared the field.
 * - `at`: when it was written, epoch milliseconds of the writer's clock, but
 *   always later than the value the writer replaced (see nextCellTime).
 * - `base`: `at` of the current value the writer saw and replaced; absent
 *   when the field had no value yet.
 *
 * Each coder writes only their own key, so two coders setting the same field
 * at once never overwrite each other in Yjs: both values stay, and the later
 * `at` is the field's value (Yjs alone would keep the higher clientID's).
 */
export const FieldCellSchema = z.object({
  v: z.unknown().optional(),
  at: z.number().int().nonnegative(),
  base: z.number().int().nonnegative().optional(),
});

export type FieldCell = z.infer<typeof FieldCellSchema>;

/** A cell with its field and writer, as read back out of a record's map. */
export interface FieldValue {
  field: string;
  by: string;
  at: number;
  base?: number;
  /** False when the writer cleared the field. */
  present: boolean;
  value: unknown;
}

const SEPARATOR = '@';

export function cellKey(field: string, by: string): string {
  return `${field}${SEPARATOR}${by}`;
}

/** Field names never hold `@`; coder ids may, so the first `@` splits. */
export function parseCellKey(key: string): { field: string; by: string } | null {
  const at = key.indexOf(SEPARATOR);
  if (at <= 0 || at === key.length - 1) return null;
  return { field: key.slice(0, at), by: key.slice(at + 1) };
}

export function fieldValueOf(key: string, raw: unknown): FieldValue | null {
  const name = parseCellKey(key);
  const cell = FieldCellSchema.safeParse(raw);
  if (!name || !cell.success) return null;
  const present = typeof raw === 'object' && raw !== null && 'v' in raw && cell.data.v !== undefined;
  const base = cell.data.base === undefined ? {} : { base: cell.data.base };
  return { ...name, at: cell.data.at, ...base, present, value: present ? cell.data.v : undefined };
}

/** The order that decides a field's value: later `at` first, then the larger coder id. */
export function laterFirst(a: FieldValue, b: FieldValue): number {
  return b.at - a.at || (a.by < b.by ? 1 : a.by > b.by ? -1 : 0);
}

/** When a write replacing `current` happens: now, unless that would not be after it. */
export function nextCellTime(current: FieldValue | undefined, now: number): number {
  return current && current.at >= now ? current.at + 1 : now;
}

export function sameFieldValue(a: FieldValue, b: FieldValue): boolean {
  return a.present === b.present && recordsEqual(a.value, b.value);
}
