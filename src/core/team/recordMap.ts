import type { z } from 'zod';
import * as Y from 'yjs';
import { err, ok, type Result } from '../result';
import {
  cellKey,
  fieldValueOf,
  laterFirst,
  nextCellTime,
  sameFieldValue,
  type FieldCell,
  type FieldValue,
} from './fieldCell';

/** A zod object schema of a record with an id (the models in src/core/model). */
export type RecordSchema<T extends { id: string }> = z.ZodType<T> & { shape: Record<string, unknown> };

/** Who writes, and when (epoch ms; the app passes its record's updatedAt). */
export interface CellWriter {
  by: string;
  now: number;
}

/**
 * The fields a record stores as cells: every field of its schema but `id`
 * (the record's key in its table) and `updatedAt` (read back as the time of
 * its latest cell, so edits of different fields never touch one key).
 */
export function storedFields(schema: { shape: Record<string, unknown> }): string[] {
  return Object.keys(schema.shape).filter((field) => field !== 'id' && field !== 'updatedAt');
}

/** Every cell of a record's map, grouped by field, the field's value first. */
export function fieldValues(record: Y.Map<unknown>): Map<string, FieldValue[]> {
  const byField = new Map<string, FieldValue[]>();
  record.forEach((raw, key) => {
    const cell = fieldValueOf(key, raw);
    if (!cell) return;
    const cells = byField.get(cell.field) ?? [];
    cells.push(cell);
    byField.set(cell.field, cells);
  });
  for (const cells of byField.values()) cells.sort(laterFirst);
  return byField;
}

/**
 * Write a record into its table: creates the record's map on first write,
 * then one cell per field whose value differs from the current one. Fields
 * not changed are not touched, so a concurrent edit of another field by
 * someone else merges. Call inside `doc.transact` to send one update.
 * The record's map is made by whoever creates the record: two replicas
 * making a map for one id at once would keep only one of them, which ids
 * made as UUIDs rule out (the settings record is made by the server, with
 * the project).
 */
export function writeRecord<T extends { id: string }>(
  table: Y.Map<Y.Map<unknown>>,
  schema: RecordSchema<T>,
  record: T,
  writer: CellWriter,
): void {
  let map = table.get(record.id);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    table.set(record.id, map);
  }
  const current = fieldValues(map);
  const values = record as Record<string, unknown>;
  for (const field of storedFields(schema)) {
    const now = current.get(field)?.[0];
    const value = values[field];
    const next: FieldValue = { field, by: writer.by, at: 0, present: value !== undefined, value };
    if (now && sameFieldValue(now, next)) continue;
    if (!now && value === undefined) continue;
    const cell: FieldCell = { at: nextCellTime(now, writer.now) };
    if (value !== undefined) cell.v = value;
    if (now) cell.base = now.at;
    map.set(cellKey(field, writer.by), cell);
  }
}

/** Why a record in a table could not be read as a model record. */
export interface RecordProblem {
  id: string;
  issues: string[];
}

/** A record as its fields' current values say, checked by its schema. */
export function readRecord<T extends { id: string }>(
  table: Y.Map<Y.Map<unknown>>,
  schema: RecordSchema<T>,
  id: string,
): Result<T, RecordProblem> | null {
  const map = table.get(id);
  if (!(map instanceof Y.Map)) return null;
  const candidate: Record<string, unknown> = { id };
  let latest = 0;
  for (const [field, cells] of fieldValues(map)) {
    const value = cells[0];
    if (!value) continue;
    latest = Math.max(latest, ...cells.map((cell) => cell.at));
    if (value.present) candidate[field] = value.value;
  }
  if ('updatedAt' in schema.shape && latest > 0) candidate.updatedAt = new Date(latest).toISOString();
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data);
  return err({ id, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
}

/** Every readable record of a table, and the problems of those that are not. */
export function readRecords<T extends { id: string }>(
  table: Y.Map<Y.Map<unknown>>,
  schema: RecordSchema<T>,
): { records: T[]; problems: RecordProblem[] } {
  const records: T[] = [];
  const problems: RecordProblem[] = [];
  for (const id of [...table.keys()].sort()) {
    const read = readRecord(table, schema, id);
    if (!read) continue;
    if (read.ok) records.push(read.value);
    else problems.push(read.error);
  }
  return { records, problems };
}

/** Removing a record removes its map: a concurrent edit of one of its fields is lost with it. */
export function deleteRecord(table: Y.Map<Y.Map<unknown>>, id: string): void {
  table.delete(id);
}
