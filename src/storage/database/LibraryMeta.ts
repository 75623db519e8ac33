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

/**
 * The last time the app asked the browser to keep this site's storage
 * (navigator.storage.persist) and what the browser answered. Absent until
 * the first request; the live answer is navigator.storage.persisted().
 */
export interface PersistenceRequest {
  key: 'persistence';
  askedAt: string;
  granted: boolean;
}

export type LibraryMeta = ExportState | PersistenceRequest;

/** A library that has never been exported nor reminded about it. */
export const INITIAL_EXPORT_STATE: ExportState = { key: 'export', lastExportAt: null, remindedAt: null };
