import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/model/article';
import type { Statement } from '../../../src/core/model/statement';
import { stanceEntryOf } from '../../../src/core/review/StanceEntry';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { readRegistryCounts } from '../../../src/storage/reads/readRegistryCounts';
import { readStanceRecords, stanceEntries } from '../../../src/storage/reads/readStanceRecords';
import { plainMatrix } from '../review/referenceStanceMatrix';
import { shardOf, unpackEntries } from '../../../src/storage/derived/StanceIndexRecord';
import { packKeyOf, STATEMENT_PACK_PARTS, unpackStatements } from '../../../src/storage/derived/StatementPackRecord';
import { unpackTally } from '../../../src/storage/derived/StatementTallyRecord';
import { openTestDatabase } from './testDatabase';
import { readLibraryArticles } from '../../../src/storage/reads/readLibraryArticles';

const STAMP = '2026-02-01T00:00:00.000Z';
// a8 and b1 share a shard of the index, a1 and a2 have theirs.
const ARTICLES = ['a1', 'a2', 'a8', 'b1'];

/** A statement of the shape storage holds; which fields are set decides whether it counts. */
const statement = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    articleId: fc.constantFrom(...ARTICLES),
    speakerId: fc.option(fc.constantFrom('s1', 's2'), { nil: null }),
    topicId: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
    stance: fc.option(fc.constantFrom('favor', 'against', 'neutral', 'mixed', 'unclear' as const), { nil: undefined }),
    kind: fc.constantFrom('direct', 'indirect', 'mixed' as const),
    status: fc.constantFrom('confirmed', 'pending' as const),
    start: fc.nat({ max: 500 }),
  })
  .map(({ n, articleId, speakerId, topicId, stance, kind, status, start }): Statement => {
    const record: Statement = {
      id: `st-${n}`,
      articleId,
      speakerId,
      quote: { start, end: start + 5, exact: 'words', prefix: '', suffix: '' },
      kind,
      tags: [],
      origin: status === 'pending' ? 'suggested' : 'manual',
      status,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    if (topicId !== undefined) record.topicId = topicId;
    if (stance !== undefined) record.stance = stance;
    return record;
  });

type Step = (db: QuotemarkDatabase) => Promise<unknown>;

/** Every way the app (or a future write path) can change statements through Dexie. */
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.array(statement, { maxLength: 6 }).map(
    (values): Step =>
      (db) =>
        db.statements.bulkPut(values),
  ),
  statement.map(
    (value): Step =>
      (db) =>
        db.statements.put(value),
  ),
  statement.map(
    (value): Step =>
      (db) =>
        db.statements.add(value).catch(() => undefined),
  ),
  fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }).map(
    (ns): Step =>
      (db) =>
        db.statements.bulkDelete(ns.map((n) => `st-${n}`)),
  ),
  fc.constantFrom(...ARTICLES).map(
    (articleId): Step =>
      (db) =>
        db.statements.where('articleId').equals(articleId).delete(),
  ),
  fc.constantFrom('favor', 'against' as const).map(
    (stance): Step =>
      (db) =>
        db.statements.where('speakerId').equals('s1').modify({ stance }),
  ),
  fc.constant<Step>((db) => db.statements.where('id').between('st-1', 'st-5').delete()),
  fc.constant<Step>((db) => db.statements.clear()),
  // Articles: added, retitled, deleted, cleared; the index keeps what the view shows of each.
  fc
    .tuple(
      fc.constantFrom(...ARTICLES),
      fc.constantFrom('First title', 'Second title'),
      fc.option(fc.constantFrom('2026-01-02', '2025-12-31'), { nil: undefined }),
    )
    .map(
      ([id, title, publishedAt]): Step =>
        (db) =>
          db.articles.put({
            id,
            title,
            text: 'x'.repeat(600),
            textSha256: 'a'.repeat(64),
            ...(publishedAt ? { publishedAt } : {}),
            createdAt: STAMP,
            updatedAt: STAMP,
          }),
    ),
  fc.constantFrom(...ARTICLES).map(
    (id): Step =>
      (db) =>
        db.articles.delete(id),
  ),
  fc.constant<Step>((db) => db.articles.clear()),
  // Statements and articles written in one transaction, as an import does.
  fc.array(statement, { maxLength: 4 }).map(
    (values): Step =>
      (db) =>
        db.transaction('rw', db.articles, db.statements, async () => {
          await db.articles.bulkPut(
            values.map((v) => ({
              id: v.articleId,
              title: `Imported ${v.id}`,
              text: 'y'.repeat(600),
              textSha256: 'b'.repeat(64),
              createdAt: STAMP,
              updatedAt: STAMP,
            })),
          );
          await db.statements.bulkPut(values);
        }),
  ),
  // A transaction that fails after writing: nothing of it may stay, index included.
  fc.array(statement, { minLength: 1, maxLength: 3 }).map(
    (values): Step =>
      (db) =>
        db
          .transaction('rw', db.articles, db.statements, async () => {
            await db.statements.bulkPut(values);
            await db.articles.delete(values[0]?.articleId ?? '');
            throw new Error('abandoned');
          })
          .catch(() => undefined),
  ),
);

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The index as the statements table says it should be: one entry per counted statement, by id. */
async function expectedEntries(db: QuotemarkDatabase) {
  return (await db.statements.toArray()).flatMap((s) => stanceEntryOf(s) ?? []);
}

/** What the index should keep of every article, by id: no text. */
async function expectedArticles(db: QuotemarkDatabase) {
  return (await db.articles.toArray()).map(({ id, title, publishedAt, createdAt }) =>
    publishedAt ? { id, title, publishedAt, createdAt } : { id, title, createdAt },
  );
}

/** The statement packs hold every stored statement, whole, once, in the pack its id and article name; no pack is empty. */
async function expectPacksToHoldTheStatements(db: QuotemarkDatabase) {
  const packs = await db.statementPacks.toArray();
  const packed = packs.flatMap((pack) => {
    const statements = unpackStatements(pack);
    expect(statements.length).toBeGreaterThan(0);
    expect(pack.part).toBeLessThan(STATEMENT_PACK_PARTS);
    for (const statement of statements)
      expect([packKeyOf(statement), statement.articleId]).toEqual([pack.key, pack.articleId]);
    return statements;
  });
  expect(packed.sort(byId)).toEqual(await db.statements.toArray());
}

/**
 * The statement tallies (and the registry totals, their sums) count, for each speaker and topic, the confirmed statements naming it and their
 * articles, as reading every statement would; each article sits in its own shard, and nothing empty is kept.
 */
async function expectTalliesToCountTheStatements(db: QuotemarkDatabase) {
  const confirmed = (await db.statements.toArray()).filter((s) => s.status === 'confirmed');
  const expected = (named: (s: Statement) => string | null | undefined) => {
    const counts = new Map<string, { statementCount: number; articleCount: number }>();
    for (const id of new Set(confirmed.map(named))) {
      if (id === null || id === undefined) continue;
      const own = confirmed.filter((s) => named(s) === id);
      counts.set(id, { statementCount: own.length, articleCount: new Set(own.map((s) => s.articleId)).size });
    }
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  };
  const counts = await db.transaction('r', db.registryTotals, () => readRegistryCounts(db));
  expect([...counts.speakers].sort(([a], [b]) => a.localeCompare(b))).toEqual(expected((s) => s.speakerId));
  expect([...counts.topics].sort(([a], [b]) => a.localeCompare(b))).toEqual(expected((s) => s.topicId));
  for (const row of await db.statementTallies.toArray()) {
    expect(Object.keys(row.articles).length).toBeGreaterThan(0);
    for (const [articleId, packed] of Object.entries(row.articles)) {
      expect(shardOf(articleId)).toBe(row.shard);
      const tally = unpackTally(packed);
      expect(tally.speakers.size + tally.topics.size).toBeGreaterThan(0);
      for (const n of [...tally.speakers.values(), ...tally.topics.values()]) expect(n).toBeGreaterThan(0);
    }
  }
}

/**
 * The article summaries list every article as its record says (never its text), with the number of statements
 * naming it, newest first; each row's ids sit in its shard, and no zero count or empty row is kept.
 */
async function expectSummariesToListTheArticles(db: QuotemarkDatabase) {
  const statements = await db.statements.toArray();
  const articles = await db.articles.orderBy('createdAt').reverse().toArray();
  const { summaries } = await readLibraryArticles(db);
  expect(summaries).toEqual(
    articles.map((article) => {
      const listing: Partial<Article> = { ...article };
      delete listing.text;
      delete listing.textSha256;
      delete listing.url;
      return { ...listing, statementCount: statements.filter((s) => s.articleId === article.id).length };
    }),
  );
  const counts = new Map<string, number>();
  for (const row of await db.articleSummaries.toArray()) {
    expect(Object.keys(row.articles).length + Object.keys(row.counts).length).toBeGreaterThan(0);
    for (const articleId of Object.keys(row.articles)) expect(shardOf(articleId)).toBe(row.shard);
    for (const [articleId, count] of Object.entries(row.counts)) {
      expect(shardOf(articleId)).toBe(row.shard);
      expect(count).toBeGreaterThan(0);
      counts.set(articleId, count);
    }
  }
  // Statements of an article not (or not yet) stored are counted too, so the count is right when it comes.
  expect(counts).toEqual(
    new Map(
      [...new Set(statements.map((s) => s.articleId))].map((id) => [
        id,
        statements.filter((s) => s.articleId === id).length,
      ]),
    ),
  );
}

describe('the stance index', () => {
  it('always holds exactly the counted statements and every article (and the packs every statement, the tallies their counts, the summaries every article with its count), whatever writes, deletes, clears and failed transactions came before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const db = openTestDatabase();
        for (const run of steps) {
          await run(db);
          const read = await readStanceRecords(db);
          expect(stanceEntries(read).sort(byId)).toEqual(await expectedEntries(db));
          expect([...read.articles].sort(byId)).toEqual(await expectedArticles(db));
          await expectPacksToHoldTheStatements(db);
          await expectTalliesToCountTheStatements(db);
          await expectSummariesToListTheArticles(db);
        }
        const rows = await db.stanceIndex.toArray();
        // No empty rows or empty entry lists are kept, and each article sits in its own shard.
        for (const row of rows) {
          expect(Object.keys(row.articles).length + Object.keys(row.entries).length).toBeGreaterThan(0);
          for (const articleId of Object.keys(row.articles)) expect(shardOf(articleId)).toBe(row.shard);
          for (const [articleId, packed] of Object.entries(row.entries)) {
            expect(shardOf(articleId)).toBe(row.shard);
            expect(unpackEntries(articleId, packed).length).toBeGreaterThan(0);
          }
        }
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('gives the Stances view the matrix the full records give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { maxLength: 30 }), async (statements) => {
        const db = openTestDatabase();
        await db.speakers.bulkPut(
          ['s1', 's2'].map((id) => ({
            id,
            name: `Speaker ${id}`,
            aliases: [],
            kind: 'person' as const,
            createdAt: STAMP,
            updatedAt: STAMP,
          })),
        );
        await db.topics.bulkPut(['t1', 't2'].map((id) => ({ id, label: `Topic ${id}` })));
        await db.articles.bulkPut(
          ARTICLES.map((id, i) => ({
            id,
            title: `Article ${id}`,
            text: 'x'.repeat(600),
            textSha256: id,
            publishedAt: `2026-01-0${4 - i}`,
            createdAt: STAMP,
            updatedAt: STAMP,
          })),
        );
        await db.statements.bulkPut(statements);
        // The full records come in id order, the index's entries by shard and article.
        const full = await readLibraryRecords(db);
        const indexed = await readStanceRecords(db);
        expect(plainMatrix(stanceMatrix(indexed))).toEqual(plainMatrix(stanceMatrix(full)));
        expect(plainMatrix(stanceMatrix(indexed, { kinds: ['direct'], from: '2026-01-02' }))).toEqual(
          plainMatrix(stanceMatrix(full, { kinds: ['direct'], from: '2026-01-02' })),
        );
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});

describe('shardOf', () => {
  it('puts the articles of the test above where it says', () => {
    expect(shardOf('a8')).toBe(shardOf('b1'));
    expect(new Set(['a1', 'a2', 'a8'].map(shardOf)).size).toBe(3);
  });
});
