import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import { parseLibraryFile } from '../../../src/core/import/parseLibraryFile';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { exportLibrary } from '../../../src/storage/exchange/exportLibrary';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import { openTestDatabase } from '../storage/testDatabase';
import { libraryArb } from './libraryArbitrary';

const byId = (records: { id: string }[]) => [...records].sort((x, y) => (x.id < y.id ? -1 : 1));
const sorted = (records: LibraryRecords) => ({
  articles: byId(records.articles),
  speakers: byId(records.speakers),
  topics: byId(records.topics),
  statements: byId(records.statements),
});

describe('export -> import round trip (property)', () => {
  it('imports any valid library into an empty store exactly, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (records) => {
        const parsed = parseLibraryFile(JSON.stringify(buildEnvelope(records)));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        expect(parsed.value.placement).toEqual({ placed: [], unplaced: [] });
        const db = openTestDatabase();
        const written = await importLibrary(
          db,
          planImport(parsed.value.envelope, await readLibraryRecords(db), 'newer'),
        );
        expect(written.ok).toBe(true);
        const exported = await exportLibrary(db);
        expect(exported.format).toBe('quotemark');
        expect(sorted(exported)).toEqual(sorted(records));

        const again = planImport(parsed.value.envelope, await readLibraryRecords(db), 'theirs');
        for (const table of ['articles', 'speakers', 'topics', 'statements'] as const) {
          expect([again.tables[table].new, again.tables[table].changed, again.write[table]]).toEqual([[], [], []]);
        }
        await importLibrary(db, again);
        expect(sorted(await readLibraryRecords(db))).toEqual(sorted(records));
      }),
      { numRuns: 25 },
    );
  });
});
