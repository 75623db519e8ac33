import type { DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { addArticle } from '../../../src/storage/repositories/articleRepository';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import { catchStorageFailure } from '../../../src/storage/database/storageFailure';
import v1Records from '../../fixtures/storage/v1/records.json';
import { addValidArticle, draftFor, HUA_QUOTE, librarySnapshot, openTestDatabase } from './testDatabase';

/**
 * Lets a test make the browser run out of room when a table is written, as
 * IndexedDB does when a write crosses the quota: the request fails with
 * QuotaExceededError and takes its transaction down. Earlier writes of the
 * same transaction have already gone to IndexedDB, so the tests show that
 * they are rolled back with it. Installed before the database opens.
 */
function storageThatFillsUp(db: QuotemarkDatabase): { fullAt: string | null; written: string[]; failures: number } {
  const state = { fullAt: null as string | null, written: [] as string[], failures: 0 };
  db.use({
    stack: 'dbcore',
    name: 'quota-exceeded',
    create: (down) => ({
      ...down,
      table: (name) => {
        const core = down.table(name);
        return {
          ...core,
          mutate: (request: DBCoreMutateRequest) => {
            if (name !== state.fullAt) {
              if (state.fullAt) state.written.push(name);
              return core.mutate(request);
            }
            state.failures++;
            return Promise.reject(
              new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'),
            );
          },
        };
      },
    }),
  });
  return state;
}

const library = v1Records.tables as unknown as LibraryRecords;

describe('a write that runs out of room', () => {
  it('leaves nothing of an import behind, and says the storage is full', async () => {
    const db = openTestDatabase();
    const storage = storageThatFillsUp(db);
    const existing = await addValidArticle(db, { title: 'Already here', text: 'An article from before the import.' });
    const before = await librarySnapshot(db);
    // Articles, speakers and topics are written before the statements fail.
    storage.fullAt = 'statements';

    const result = await catchStorageFailure(
      importLibrary(db, planImport(library, await readLibraryRecords(db), 'newer')),
    );
    expect(storage.written).toEqual(['articles', 'speakers', 'topics']);
    expect(storage.failures).toBe(1);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'storage-failure', kind: 'quota' }) });
    expect(await librarySnapshot(db)).toEqual(before);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([existing.id]);
  });

  it('leaves no new speaker or topic behind when the statement that created them fails', async () => {
    const db = openTestDatabase();
    const storage = storageThatFillsUp(db);
    const article = await addValidArticle(db);
    const before = await librarySnapshot(db);
    storage.fullAt = 'statements';

    const draft = draftFor(article, HUA_QUOTE, {
      speaker: { newName: 'Hua Chunying' },
      topic: { newLabel: 'Xinjiang' },
    });
    const result = await catchStorageFailure(saveStatement(db, draft));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'storage-failure', kind: 'quota' }) });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('adds no article', async () => {
    const db = openTestDatabase();
    storageThatFillsUp(db).fullAt = 'articles';
    const result = await catchStorageFailure(addArticle(db, { title: 'Too big', text: 'Words.' }));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'storage-failure', kind: 'quota' }) });
    expect(await db.articles.count()).toBe(0);
  });
});
