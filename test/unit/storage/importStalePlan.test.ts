import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import { planImport } from '../../../src/core/import/planImport';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { library } from '../exchange/libraryFixture';
import { storeWith } from '../import/importThroughApp';
import { librarySnapshot } from './testDatabase';

/** Confirming an import after the article's text changed (saved, or undone, in another tab). */
const article = library.articles[0]!;
const QUOTE = 'serious human rights abuses';

/** What another tab's "Save text" leaves in the store: new words before the quote, so its offsets move. */
async function saveTextElsewhere(db: QuotemarkDatabase): Promise<string> {
  const text = `Breaking, updated: ${article.text}`;
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  await db.articles.put({ ...article, text, textSha256: sha, updatedAt: '2026-12-02T08:00:00.000Z' });
  return text;
}

describe('importLibrary against a library that changed since the plan', () => {
  it('refuses W3C statements whose quotes no longer fit the stored text, writing nothing', async () => {
    const db = await storeWith(library);
    const foreign = {
      id: 'anno1',
      type: 'Annotation',
      body: { type: 'TextualBody', 'quotemark:field': 'speaker', value: 'Antony Blinken' },
      target: { source: article.url, selector: { type: 'TextQuoteSelector', exact: QUOTE } },
    };
    const read = fromW3CAnnotations(foreign, await readLibraryRecords(db));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const plan = planImport(read.value.records, await readLibraryRecords(db), 'newer', read.value);
    await saveTextElsewhere(db);
    const before = await librarySnapshot(db);

    expect(await importLibrary(db, plan)).toEqual({
      ok: false,
      error: { code: 'article-changed', articleTitle: article.title },
    });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('refuses to put a planned article back over a newer text, writing nothing', async () => {
    const db = await storeWith(library);
    const renamed = {
      ...library,
      articles: [{ ...article, title: 'Renamed in the file', updatedAt: '2026-12-01T00:00:00.000Z' }],
    };
    const plan = planImport(renamed, await readLibraryRecords(db), 'newer');
    expect(plan.write.articles.map((a) => a.id)).toEqual([article.id]);
    const newer = await saveTextElsewhere(db);
    const before = await librarySnapshot(db);

    expect(await importLibrary(db, plan)).toEqual({
      ok: false,
      error: { code: 'article-changed', articleTitle: article.title },
    });
    expect(await librarySnapshot(db)).toEqual(before);
    expect((await db.articles.get(article.id))?.text).toBe(newer);
  });

  it('writes the same plans when the article is as it was planned against', async () => {
    const db = await storeWith(library);
    const renamed = {
      ...library,
      articles: [{ ...article, title: 'Renamed in the file', updatedAt: '2026-12-01T00:00:00.000Z' }],
    };
    const written = await importLibrary(db, planImport(renamed, await readLibraryRecords(db), 'newer'));
    expect(written).toEqual({ ok: true, value: { articles: 1, speakers: 0, topics: 0, statements: 0 } });
    expect((await db.articles.get(article.id))?.title).toBe('Renamed in the file');
  });
});
