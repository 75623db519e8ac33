import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model/statement';
import {
  EXPORT_REMINDER_AFTER,
  exportReminderDue,
  noteExportReminded,
  noteLibraryExported,
  readExportState,
  readExportStatus,
  statementsSinceExport,
} from '../../../src/storage/exchange/exportState';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase } from './testDatabase';

const EXPORTED_AT = new Date('2026-05-01T12:00:00.000Z');

/** `count` statements like a saved one, created a minute apart from `from`. */
async function addStatements(db: QuotemarkDatabase, count: number, from: Date): Promise<void> {
  const article = await addValidArticle(db);
  const model = await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }), from);
  const copies: Statement[] = Array.from({ length: count - 1 }, (_, i) => {
    const at = new Date(from.getTime() + (i + 1) * 60_000).toISOString();
    return { ...model, id: `${model.id}-copy-${i}`, createdAt: at, updatedAt: at };
  });
  await db.statements.bulkAdd(copies);
}

describe('export state', () => {
  it('starts as never exported, never reminded, and counts every statement as new', async () => {
    const db = openTestDatabase();
    expect(await readExportState(db)).toEqual({ key: 'export', lastExportAt: null, remindedAt: null });
    await addStatements(db, 3, new Date('2026-04-01T09:00:00Z'));
    expect(await statementsSinceExport(db)).toBe(3);
    expect(await readExportStatus(db)).toMatchObject({
      lastExportAt: null,
      statementsSinceExport: 3,
      statementCount: 3,
    });
  });

  it('counts only the statements created after the last export', async () => {
    const db = openTestDatabase();
    await addStatements(db, 4, new Date('2026-04-30T12:00:00Z'));
    await noteLibraryExported(db, EXPORTED_AT);
    expect(await statementsSinceExport(db)).toBe(0);
    await addStatements(db, 2, new Date('2026-05-02T08:00:00Z'));
    expect(await readExportStatus(db)).toMatchObject({
      lastExportAt: EXPORTED_AT.toISOString(),
      statementsSinceExport: 2,
      statementCount: 6,
    });
  });

  it(`falls due at ${EXPORT_REMINDER_AFTER} new statements, once, until the next export`, async () => {
    const db = openTestDatabase();
    await addStatements(db, EXPORT_REMINDER_AFTER - 1, new Date('2026-04-01T09:00:00Z'));
    expect(exportReminderDue(await readExportStatus(db))).toBe(false);
    await addStatements(db, 1, new Date('2026-04-02T09:00:00Z'));
    expect(exportReminderDue(await readExportStatus(db))).toBe(true);

    await noteExportReminded(db, new Date('2026-04-02T10:00:00Z'));
    const reminded = await readExportStatus(db);
    expect(reminded).toMatchObject({
      lastExportAt: null,
      remindedAt: '2026-04-02T10:00:00.000Z',
      statementsSinceExport: EXPORT_REMINDER_AFTER,
    });
    expect(exportReminderDue(reminded)).toBe(false);

    await noteLibraryExported(db, EXPORTED_AT);
    expect(await readExportState(db)).toEqual({
      key: 'export',
      lastExportAt: EXPORTED_AT.toISOString(),
      remindedAt: null,
    });
    await addStatements(db, EXPORT_REMINDER_AFTER, new Date('2026-05-03T09:00:00Z'));
    expect(exportReminderDue(await readExportStatus(db))).toBe(true);
  });

  it('keeps the last export date when the reminder is noted', async () => {
    const db = openTestDatabase();
    await noteLibraryExported(db, EXPORTED_AT);
    await noteExportReminded(db, new Date('2026-06-01T00:00:00Z'));
    expect(await readExportState(db)).toEqual({
      key: 'export',
      lastExportAt: EXPORTED_AT.toISOString(),
      remindedAt: '2026-06-01T00:00:00.000Z',
    });
  });
});
