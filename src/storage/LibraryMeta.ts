/**
 * Library-wide facts kept next to the records (the `meta` table, schema v2),
 * one row per key. Never exported: they describe this browser's copy.
 */
export interface ExportState {
  key: 'export';
  /** When the whole library was last exported (ISO timestamp), or null if never. */
  lastExportAt: string | null;
  /** When the person was last reminded to export, or null; reset by an export. */
  remindedAt: string | null;
}

export type LibraryMeta = ExportState;

/** A library that has never been exported nor reminded about it. */
export const INITIAL_EXPORT_STATE: ExportState = { key: 'export', lastExportAt: null, remindedAt: null };
