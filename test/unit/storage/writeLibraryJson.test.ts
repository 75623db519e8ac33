import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/fixtures/generateLibrary';
import { EnvelopeSchema } from '../../../src/core/model/envelope';
import { exportLibrary } from '../../../src/storage/exchange/exportLibrary';
import { writeLibraryJson, type WriteLibraryJsonOptions } from '../../../src/storage/exchange/writeLibraryJson';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { storeWith } from '../import/importThroughApp';
import { openTestDatabase } from './testDatabase';

const NOW = new Date('2026-12-07T12:00:00Z');

async function written(db: QuotemarkDatabase, options?: WriteLibraryJsonOptions): Promise<string> {
  const chunks: string[] = [];
  await writeLibraryJson(db, (chunk) => chunks.push(chunk), NOW, options);
  return chunks.join('');
}

/** The export as it was made before it was written in pieces: the whole envelope through JSON.stringify. */
const wholeExport = async (db: QuotemarkDatabase) => JSON.stringify(await exportLibrary(db, NOW), null, 2);

/** A generated library whose statement ids are random, as the app makes them, so id order crosses articles. */
async function generatedStore(): Promise<QuotemarkDatabase> {
  const library = await generateLibrary({
    articles: 12,
    wordsPerArticle: 300,
    statementsPerArticle: 15,
    speakers: 9,
    topics: 4,
    nestEvery: 5,
    seed: 11,
  });
  return storeWith({ ...library, statements: library.statements.map((s) => ({ ...s, id: crypto.randomUUID() })) });
}

describe('writeLibraryJson', () => {
  it('writes the library byte for byte as the whole-envelope export did, from the packs or from the records', async () => {
    const db = await generatedStore();
    const before = await wholeExport(db);
    expect(await written(db)).toBe(before);
    expect(await written(db, { pageSize: 7 })).toBe(before);
    expect(await written(db, { inMemoryStatements: 0, pageSize: 7 })).toBe(before);
    expect(EnvelopeSchema.safeParse(JSON.parse(before)).success).toBe(true);
  });

  it('writes an empty library as an envelope of empty lists', async () => {
    const db = openTestDatabase();
    expect(await written(db)).toBe(await wholeExport(db));
  });

  it('reads the statement records when the packs lost one, so the backup misses none', async () => {
    const db = await generatedStore();
    const before = await wholeExport(db);
    const firstKey = (await db.statementPacks.toCollection().primaryKeys())[0];
    if (firstKey === undefined) throw new Error('no packs');
    await db.statementPacks.delete(firstKey);
    expect(await written(db)).toBe(before);
    expect(await written(db, { pageSize: 5 })).toBe(before);
  });

  it('exports packs written compact (before packs kept the file text) and new ones alike', async () => {
    const db = await generatedStore();
    const before = await wholeExport(db);
    const packs = await db.statementPacks.toArray();
    expect(packs.every((pack) => pack.statements.startsWith('[\n    {'))).toBe(true);
    // Every other pack as an older version of the app wrote it.
    await db.statementPacks.bulkPut(
      packs
        .filter((_, i) => i % 2 === 0)
        .map((pack) => ({ ...pack, statements: JSON.stringify(JSON.parse(pack.statements)) })),
    );
    expect(await written(db)).toBe(before);
    expect(await written(db, { pageSize: 3 })).toBe(before);
  });
});
