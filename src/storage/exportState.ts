import { INITIAL_EXPORT_STATE, type ExportState } from './LibraryMeta';
import type { QuotemarkDatabase } from './QuotemarkDatabase';

/** After this many statements created since the last export, remind once. */
export const EXPORT_REMINDER_AFTER = 50;

/** When the library was last exported and reminded about (never, on a new library). */
export async function readExportState(db: QuotemarkDatabase): Promise<ExportState> {
  return (await db.meta.get('export')) ?? INITIAL_EXPORT_STATE;
}

/** Record that the whole library was just exported. */
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
  const { lastExportAt } = await readExportState(db);
  return lastExportAt === null ? db.statements.count() : db.statements.where('createdAt').above(lastExportAt).count();
}
