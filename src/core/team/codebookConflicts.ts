import type * as Y from 'yjs';
import { parseCellKey } from './fieldCell';
import { fieldConflicts, type FieldConflict } from './fieldConflicts';
import { fieldValues } from './recordMap';
import { codebookTable } from './teamDocs';

/** The codebook tables whose records a person edits and can find again (the settings and coders are the server's). */
export const CONFLICT_TABLES = ['articles', 'speakers', 'topics'] as const;
export type ConflictTable = (typeof CONFLICT_TABLES)[number];

/** The field that names a record of each table, for a person to tell which record a conflict is on. */
const NAME_FIELD: Record<ConflictTable, string> = { articles: 'title', speakers: 'name', topics: 'label' };

/** A same-field conflict on one codebook record, with the record's current name. */
export interface RecordConflict extends FieldConflict {
  table: ConflictTable;
  id: string;
  name: string;
}

/**
 * Every same-field conflict in a project's codebook, by table then record
 * id then field: what the sync client keeps for the Team section to list.
 */
export function codebookConflicts(codebook: Y.Doc): RecordConflict[] {
  const conflicts: RecordConflict[] = [];
  for (const table of CONFLICT_TABLES) {
    const records = codebookTable(codebook, table);
    for (const id of [...records.keys()].sort()) {
      const record = records.get(id);
      if (!record || !twoWriters(record)) continue;
      const found = fieldConflicts(record);
      if (found.length === 0) continue;
      const named = fieldValues(record).get(NAME_FIELD[table])?.[0];
      const name = typeof named?.value === 'string' ? named.value : id;
      for (const conflict of found) conflicts.push({ ...conflict, table, id, name });
    }
  }
  return conflicts;
}

/**
 * Whether some field of the record has cells of two coders: the only way it
 * can conflict. Reads keys only, so a codebook of thousands of records
 * written by one owner costs little on every pass (5,000 speakers: 200–300 ms
 * parsing every cell, ~20 ms this way, in Node).
 */
function twoWriters(record: Y.Map<unknown>): boolean {
  const fields = new Set<string>();
  for (const key of record.keys()) {
    const field = parseCellKey(key)?.field;
    if (field === undefined) continue;
    if (fields.has(field)) return true;
    fields.add(field);
  }
  return false;
}
