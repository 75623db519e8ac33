import { describe, expect, it } from 'vitest';
import { readExportState } from '../../../src/storage/exchange/exportState';
import { notePersistenceRequested, readPersistenceRequest } from '../../../src/storage/database/persistenceRequest';
import { openTestDatabase } from './testDatabase';

describe('persistence request', () => {
  it('is absent until the browser was asked, then holds the latest answer beside the export state', async () => {
    const db = openTestDatabase();
    expect(await readPersistenceRequest(db)).toBeNull();
    await notePersistenceRequested(db, false, new Date('2026-04-01T09:00:00Z'));
    await notePersistenceRequested(db, true, new Date('2026-04-02T09:00:00Z'));
    expect(await readPersistenceRequest(db)).toEqual({
      key: 'persistence',
      askedAt: '2026-04-02T09:00:00.000Z',
      granted: true,
    });
    expect(await readExportState(db)).toEqual({ key: 'export', lastExportAt: null, remindedAt: null });
  });
});
