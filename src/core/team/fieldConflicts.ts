import type * as Y from 'yjs';
import { sameFieldValue, type FieldValue } from './fieldCell';
import { fieldValues } from './recordMap';

/**
 * A field two or more coders set without seeing each other's value: the
 * field's value (`current`, the later write) and each value it replaced
 * unseen (`others`), with who wrote them and when, for the UI to show both.
 */
export interface FieldConflict {
  field: string;
  current: FieldValue;
  others: FieldValue[];
}

/**
 * The conflicts of one record. A cell conflicts with the field's value when
 * it was written after the value that writer saw (`base`) and holds another
 * value. Resolving means writing the field again: the new cell's base is
 * the latest value, so nothing older conflicts with it.
 */
export function fieldConflicts(record: Y.Map<unknown>): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const [field, cells] of fieldValues(record)) {
    const [current, ...rest] = cells;
    if (!current) continue;
    const seen = current.base ?? -1;
    const others = rest.filter((cell) => cell.at > seen && !sameFieldValue(cell, current));
    if (others.length > 0) conflicts.push({ field, current, others });
  }
  return conflicts.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}
