import { describe, expect, it } from 'vitest';
import { deleteStatement, listStatementsForArticle } from '../../../src/storage/repositories/statementRepository';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  mustSave,
  openTestDatabase,
  SANCTIONS,
  SASSE_QUOTE,
  tableCounts,
} from './testDatabase';

describe('listing statements', () => {
  it('lists an article’s statements by start, the enclosing one first', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const other = await addValidArticle(db, { title: 'Other', text: 'He said “yes”.' });
    const whole = 'Chairman Xi has blood on his hands. The atrocities';
    const hua = await mustSave(db, draftFor(article, HUA_QUOTE));
    const sasse = await mustSave(db, draftFor(article, SASSE_QUOTE));
    const enclosing = await mustSave(db, draftFor(article, whole));
    const elsewhere = await mustSave(db, draftFor(other, 'yes'));

    // Hua speaks before Sasse; Sasse's sentence and the longer span share a start.
    expect(await listStatementsForArticle(db, article.id)).toEqual([hua, enclosing, sasse]);
    expect(await listStatementsForArticle(db, other.id)).toEqual([elsewhere]);
    expect(await listStatementsForArticle(db, 'unknown')).toEqual([]);
  });

  it('lists two statements on the very same words by id, not by when they were tagged, as the editor steps through them', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const taggedFirst = await mustSave(db, draftFor(article, HUA_QUOTE), new Date('2026-04-01T09:00:00Z'), () => 'b');
    const taggedNext = await mustSave(db, draftFor(article, HUA_QUOTE), new Date('2026-04-02T09:00:00Z'), () => 'a');
    expect((await listStatementsForArticle(db, article.id)).map((s) => s.id)).toEqual([taggedNext.id, taggedFirst.id]);
  });
});

describe('deleteStatement', () => {
  it('deletes the statement and keeps its speaker and topic', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const statement = await mustSave(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua' }, topic: { newLabel: SANCTIONS } }),
    );
    expect(await deleteStatement(db, statement.id)).toEqual({
      ok: true,
      value: {
        label: 'delete statement',
        before: { statements: { [statement.id]: statement } },
        after: { statements: { [statement.id]: null } },
      },
    });
    expect(await tableCounts(db)).toEqual({ speakers: 1, topics: 1, statements: 0 });
  });

  it('reports a statement that is not there', async () => {
    const db = openTestDatabase();
    expect(await deleteStatement(db, 'gone')).toEqual({
      ok: false,
      error: 'That statement is not in the library any more.',
    });
  });
});
