import { CHANGE_TABLES, type Change } from '../model/change';

/** Whether two steps touched a record in common (same table, same id). */
export function changesOverlap(a: Change, b: Change): boolean {
  return CHANGE_TABLES.some((table) => {
    const ids = a.before[table];
    if (!ids) return false;
    return Object.keys(b.before[table] ?? {}).some((id) => id in ids);
  });
}
