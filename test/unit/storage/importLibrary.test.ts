import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '../../../src/core/import/parseLibraryFile';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import v1 from '../../fixtures/exchange/v1.json';
import { addValidArticle, draftFor, HUA_QUOTE, librarySnapshot, mustSave, openTestDatabase } from './testDatabase';

function fileRecords(): LibraryRecords {
  const parsed = parseLibraryFile(JSON.stringify(v1));
  if (!parsed.ok) throw new Error('the fixture must parse');
  const { articles, speakers, topics, statements } = parsed.value.envelope;
  return { articles, speakers, topics, statements };
}

describe('importLibrary', () => {
  it('writes a planned file into an empty library, and a second import writes nothing', async () => {
    const db = openTestDatabase();
    const first = await importLibrary(db, planImport(fileRecords(), await readLibraryRecords(db), 'newer'));
    expect(first).toEqual({ ok: true, value: { articles: 1, speakers: 2, topics: 1, statements: 2 } });
    const exported = await readLibraryRecords(db);
    expect(exported.statements).toEqual(expect.arrayContaining(fileRecords().statements));

    const again = planImport(fileRecords(), await readLibraryRecords(db), 'theirs');
    expect(again.tables.statements).toEqual({ new: [], identical: ['statement-hua', 'statement-sasse'], changed: [] });
    expect(await importLibrary(db, again)).toEqual({
      ok: true,
      value: { articles: 0, speakers: 0, topics: 0, statements: 0 },
    });
    expect(await readLibraryRecords(db)).toEqual(exported);
  });

  it('writes nothing when a statement names an article that is not there', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    const before = await librarySnapshot(db);

    const plan = planImport(fileRecords(), await readLibraryRecords(db), 'newer');
    plan.write.articles = [];
    const result = await importLibrary(db, plan);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error).toEqual({
      code: 'refused',
      message: expect.stringMatching(/nothing was written: statements name article "article-seed"/),
    });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('writes nothing when a record of the plan is not valid', async () => {
    const db = openTestDatabase();
    const plan = planImport(fileRecords(), await readLibraryRecords(db), 'newer');
    plan.write.topics = [{ id: 'topic-xinjiang', label: '   ' }];
    const result = await importLibrary(db, plan);
    expect(result).toEqual({
      ok: false,
      error: { code: 'refused', message: 'The import was refused: record topic-xinjiang in topics is not valid.' },
    });
    expect(await librarySnapshot(db)).toEqual({ articles: [], speakers: [], topics: [], statements: [] });
  });
});
