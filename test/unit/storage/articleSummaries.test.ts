import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '../../../src/core/import/parseLibraryFile';
import { planImport } from '../../../src/core/import/planImport';
import type { Article } from '../../../src/core/model/article';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import { readLibraryArticles } from '../../../src/storage/reads/readLibraryArticles';
import { deleteStatement } from '../../../src/storage/repositories/statementRepository';
import { deleteArticle } from '../../../src/storage/writes/deleteArticle';
import { restoreArticle } from '../../../src/storage/writes/restoreArticle';
import { updateArticleDetails } from '../../../src/storage/writes/updateArticleDetails';
import v1 from '../../fixtures/exchange/v1.json';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  mustSave,
  openTestDatabase,
  SASSE_QUOTE,
  TREASURY_QUOTE,
} from './testDatabase';

/** The Library's rows as the full records say them: each article but its text, hash and URL, with its statements counted. */
async function fromTheRecords(db: QuotemarkDatabase) {
  const statements = await db.statements.toArray();
  const articles = await db.articles.orderBy('createdAt').reverse().toArray();
  return articles.map((article) => {
    const listing: Partial<Article> = { ...article };
    delete listing.text;
    delete listing.textSha256;
    delete listing.url;
    return { ...listing, statementCount: statements.filter((s) => s.articleId === article.id).length };
  });
}

async function expectSummariesAsRecords(db: QuotemarkDatabase) {
  const { summaries } = await readLibraryArticles(db);
  expect(summaries).toEqual(await fromTheRecords(db));
  return summaries;
}

describe('the article summaries, through the app’s writes', () => {
  it('list what the articles say after adding, tagging, editing details, deleting, undoing and importing', async () => {
    const db = openTestDatabase();
    const seed = await addValidArticle(db, undefined, new Date('2026-01-01T00:00:00Z'));
    const brief = await addValidArticle(
      db,
      { title: 'Council briefing', text: 'The council met on Tuesday.', source: 'City Desk' },
      new Date('2026-02-01T00:00:00Z'),
    );
    expect((await expectSummariesAsRecords(db)).map((s) => [s.title, s.statementCount])).toEqual([
      ['Council briefing', 0],
      [seed.title, 0],
    ]);

    const hua = await mustSave(db, draftFor(seed, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    await mustSave(db, draftFor(seed, SASSE_QUOTE, { speaker: { newName: 'Ben Sasse' } }));
    await mustSave(db, draftFor(seed, TREASURY_QUOTE));
    await mustSave(db, { ...draftFor(seed, HUA_QUOTE), id: hua.id, claim: 'An edit keeps the count.' });
    expect((await expectSummariesAsRecords(db)).find((s) => s.id === seed.id)?.statementCount).toBe(3);

    const retitled = await updateArticleDetails(db, brief.id, {
      title: 'Council briefing, corrected',
      author: 'A. R.',
    });
    expect(retitled.ok).toBe(true);
    expect((await expectSummariesAsRecords(db))[0]).toMatchObject({
      title: 'Council briefing, corrected',
      author: 'A. R.',
    });

    expect((await deleteStatement(db, hua.id)).ok).toBe(true);
    expect((await expectSummariesAsRecords(db)).find((s) => s.id === seed.id)?.statementCount).toBe(2);

    const deleted = await deleteArticle(db, seed.id);
    if (!deleted.ok) throw new Error(deleted.error);
    expect((await expectSummariesAsRecords(db)).map((s) => s.id)).toEqual([brief.id]);
    expect((await restoreArticle(db, deleted.value)).ok).toBe(true);
    expect((await expectSummariesAsRecords(db)).find((s) => s.id === seed.id)?.statementCount).toBe(2);

    const parsed = parseLibraryFile(JSON.stringify(v1));
    if (!parsed.ok) throw new Error('the fixture must parse');
    const imported = await importLibrary(db, planImport(parsed.value.envelope, await readLibraryRecords(db), 'newer'));
    expect(imported.ok).toBe(true);
    const summaries = await expectSummariesAsRecords(db);
    expect(summaries).toHaveLength(3);
    expect(summaries.reduce((sum, s) => sum + s.statementCount, 0)).toBe(await db.statements.count());
  });
});
