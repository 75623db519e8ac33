import { INITIAL_EXPORT_STATE, type ExportState } from '../database/LibraryMeta';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/** After this many statements created since the last export, remind once. */
export const EXPORT_REMINDER_AFTER = 50;

/** The export state with the counts Settings and the reminder show. */
export interface ExportStatus extends ExportState {
  /** Statements created since the last export (all of them, if never exported). */
  statementsSinceExport: number;
  /** Statements in the library. */
  statementCount: number;
}

/** When the library was last exported and reminded about (never, on a new library). */
export async function readExportState(db: QuotemarkDatabase): Promise<ExportState> {
  const row = await db.meta.get('export');
  return row?.key === 'export' ? row : INITIAL_EXPORT_STATE;
}

/** Record that the whole library was just exported; the next reminder may come after 50 more. */
export async function noteLibraryExported(db: QuotemarkDatabase, now: Date = new Date()): Promise<void> {
  await db.meta.put({ key: 'export', lastExportAt: now.toISOString(), remindedAt: null });
}

/** Record that the export reminder was shown, so it is shown once. */
export async function noteExportReminded(db: QuotemarkDatabase, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const state = await readExportState(db);
    await db.meta.put({ ...state, remindedAt: now.toISOString() });
  });
}

/** How many statements were created since the last export (all of them, if never exported). */
export async function statementsSinceExport(db: QuotemarkDatabase): Promise<number> {
  return countSince(db, (await readExportState(db)).lastExportAt);
}

function countSince(db: QuotemarkDatabase, lastExportAt: string | null): Promise<number> {
  return lastExportAt === null ? db.statements.count() : db.statements.where('createdAt').above(lastExportAt).count();
}

/** The export state and both counts, read together in one transaction. */
export function readExportStatus(db: QuotemarkDatabase): Promise<ExportStatus> {
  return db.transaction('r', [db.meta, db.statements], async () => {
    // The state is read once; a never-exported library counts its statements once.
    const state = await readExportState(db);
    const count = await db.statements.count();
    const since = state.lastExportAt === null ? count : await countSince(db, state.lastExportAt);
    return { ...state, statementsSinceExport: since, statementCount: count };
  });
}

/** Whether the reminder is due: enough new statements, and not reminded since the last export. */
export function exportReminderDue(status: ExportStatus): boolean {
  return status.remindedAt === null && status.statementsSinceExport >= EXPORT_REMINDER_AFTER;
}
