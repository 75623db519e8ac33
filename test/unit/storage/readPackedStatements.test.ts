import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../../src/storage/exchange/exportLibrary';
import { listStatementsForArticle } from '../../../src/storage/repositories/statementRepository';
import {
  addValidArticle,
  BLINKEN_QUOTE,
  draftFor,
  HUA_QUOTE,
  mustSave,
  openTestDatabase,
  SASSE_QUOTE,
  TREASURY_QUOTE,
} from './testDatabase';

const QUOTES = [HUA_QUOTE, SASSE_QUOTE, BLINKEN_QUOTE, TREASURY_QUOTE];

describe('reading statements from their packs', () => {
  it('gives an article its statements in reading order, and the export every statement in id order', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    for (const quote of QUOTES) await mustSave(db, draftFor(article, quote));
    const records = await db.statements.toArray();

    expect((await listStatementsForArticle(db, article.id)).map((s) => s.quote.exact)).toEqual(
      [...records].sort((a, b) => a.quote.start - b.quote.start).map((s) => s.quote.exact),
    );
    expect((await exportLibrary(db)).statements).toEqual(records);
  });

  it('falls back to the statement records when the packs lost one, so no view and no backup misses it', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    for (const quote of QUOTES) await mustSave(db, draftFor(article, quote));
    const records = await db.statements.toArray();
    // A pack gone behind the middleware's back (only a bug could do this).
    const firstKey = (await db.statementPacks.toCollection().primaryKeys())[0]!;
    await db.statementPacks.delete(firstKey);
    expect(await db.statementPacks.count()).toBeLessThan(records.length);

    expect((await listStatementsForArticle(db, article.id)).map((s) => s.id).sort()).toEqual(
      records.map((s) => s.id).sort(),
    );
    expect((await exportLibrary(db)).statements).toEqual(records);
  });
});
