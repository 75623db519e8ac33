import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordsForArticle } from '../../../src/core/exchange/recordsForArticle';
import type { Article } from '../../../src/core/model/article';
import type { Statement } from '../../../src/core/model/statement';
import { speakerProfile } from '../../../src/core/review/speakerProfile';
import { stanceTimeline } from '../../../src/core/review/stanceTimeline';
import { topicStances } from '../../../src/core/review/topicStances';
import { exportArticle } from '../../../src/storage/exchange/exportArticle';
import { readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import { listTopicSummaries } from '../../../src/storage/repositories/listTopicSummaries';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { readSpeakerRecords } from '../../../src/storage/reads/readSpeakerRecords';
import { readLibraryArticles } from '../../../src/storage/reads/readLibraryArticles';
import { speakerListingOf } from '../../../src/storage/derived/SpeakerListingRecord';
import { readTopicRecords } from '../../../src/storage/reads/readTopicRecords';
import { listSpeakers, listSpeakerSummaries } from '../../../src/storage/repositories/speakerRepository';
import { listTopics } from '../../../src/storage/repositories/topicRepository';
import { openTestDatabase } from './testDatabase';

const STAMP = '2026-02-01T00:00:00.000Z';
const ARTICLES = ['a1', 'a2', 'a8', 'b1'];
// s9 and t9 are named by statements but not registered (deleted or merged away); s4 and t4 say nothing.
const SPEAKERS = ['s1', 's2', 's3', 's4'];
const TOPICS = ['t1', 't2', 't3', 't4'];

const statement = fc
  .record({
    n: fc.integer({ min: 1, max: 40 }),
    articleId: fc.constantFrom(...ARTICLES),
    speakerId: fc.option(fc.constantFrom('s1', 's2', 's3', 's9'), { nil: null }),
    topicId: fc.option(fc.constantFrom('t1', 't2', 't3', 't9'), { nil: undefined }),
    stance: fc.option(fc.constantFrom('favor', 'against', 'neutral', 'mixed', 'unclear' as const), { nil: undefined }),
    kind: fc.constantFrom('direct', 'indirect', 'mixed' as const),
    status: fc.constantFrom('confirmed', 'confirmed', 'pending' as const),
    start: fc.nat({ max: 50 }),
    roleAtTime: fc.option(fc.constantFrom('Minister', 'Envoy'), { nil: undefined }),
  })
  .map(({ n, articleId, speakerId, topicId, stance, kind, status, start, roleAtTime }): Statement => ({
    id: `st-${n}`,
    articleId,
    speakerId,
    quote: { start, end: start + 5, exact: `words ${n}`, prefix: '', suffix: '' },
    kind,
    tags: [],
    origin: status === 'pending' ? 'suggested' : 'manual',
    status,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...(topicId === undefined ? {} : { topicId }),
    ...(stance === undefined ? {} : { stance }),
    ...(roleAtTime === undefined ? {} : { roleAtTime }),
  }));

/** Articles with dates that tie and differ, and texts the pages must never need. */
const articles: Article[] = ARTICLES.map((id, i) => ({
  id,
  title: `Article ${i % 2}`,
  text: `The text of ${id}. `.repeat(40),
  textSha256: id.padEnd(64, '0'),
  ...(i === 3 ? {} : { publishedAt: `2026-01-0${(i % 2) + 1}` }),
  createdAt: STAMP,
  updatedAt: STAMP,
}));

async function seed(db: QuotemarkDatabase, statements: Statement[]): Promise<void> {
  await db.speakers.bulkPut(
    SPEAKERS.map((id, i) => ({
      id,
      name: `Speaker ${3 - i}`,
      aliases: [],
      kind: 'person' as const,
      role: 'Spokesperson',
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
  );
  await db.topics.bulkPut(TOPICS.map((id) => ({ id, label: `Topic ${id}` })));
  await db.articles.bulkPut(articles);
  await db.statements.bulkPut(statements);
}

/** What a page shows of an article: the whole-library read gave the whole article, the sized read gives no text. */
const withoutText = <T extends { statementsByArticle: { article: Article | { id: string } }[] }>(
  profile: T | undefined,
) =>
  profile && {
    ...profile,
    statementsByArticle: profile.statementsByArticle.map(({ article, ...rest }) => ({
      ...rest,
      article: infoOf(article),
    })),
  };
const infoOf = (article: object) => {
  const { id, title, publishedAt, createdAt } = article as Article;
  return publishedAt === undefined ? { id, title, createdAt } : { id, title, publishedAt, createdAt };
};

/** The Speakers list as it was computed before the tallies: every statement read. */
async function speakerSummariesFromStatements(db: QuotemarkDatabase) {
  const statements = (await db.statements.toArray()).filter((s) => s.status === 'confirmed');
  return (await listSpeakers(db)).map((speaker) => {
    const own = statements.filter((s) => s.speakerId === speaker.id);
    return {
      speaker: speakerListingOf(speaker),
      statementCount: own.length,
      articleCount: new Set(own.map((s) => s.articleId)).size,
    };
  });
}

/** The Topics list as it was computed before the tallies: every statement read. */
async function topicSummariesFromStatements(db: QuotemarkDatabase) {
  const statements = (await db.statements.toArray()).filter((s) => s.status === 'confirmed');
  return (await listTopics(db)).map((topic) => {
    const own = statements.filter((s) => s.topicId === topic.id);
    return { topic, statementCount: own.length, articleCount: new Set(own.map((s) => s.articleId)).size };
  });
}

describe('reads sized to the view', () => {
  it('give the speaker and topic pages, the Speakers and Topics lists and an article export what the whole library gave them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(statement, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }),
        async (statements, deleted) => {
          const db = openTestDatabase();
          await seed(db, statements);
          // Deletions and edits after the first write, so the tallies are kept, not only built.
          await db.statements.bulkDelete(deleted.map((n) => `st-${n}`));
          await db.statements.where('speakerId').equals('s1').modify({ status: 'confirmed', topicId: 't2' });
          const all = await readLibraryRecords(db);

          expect(await listSpeakerSummaries(db)).toEqual(await speakerSummariesFromStatements(db));
          expect(await listTopicSummaries(db)).toEqual(await topicSummariesFromStatements(db));

          for (const speakerId of [...SPEAKERS, 's9']) {
            const records = await readSpeakerRecords(db, speakerId);
            expect(withoutText(speakerProfile(records, speakerId)), speakerId).toEqual(
              withoutText(speakerProfile(all, speakerId)),
            );
          }
          for (const topicId of [...TOPICS, 't9']) {
            const records = await readTopicRecords(db, topicId);
            expect(records.topics.map((t) => t.id)).toEqual(
              all.topics.filter((t) => t.id === topicId).map((t) => t.id),
            );
            expect(topicStances(records, topicId), topicId).toEqual(topicStances(all, topicId));
            expect(stanceTimeline(records, topicId), topicId).toEqual(stanceTimeline(all, topicId));
          }
          for (const articleId of [...ARTICLES, 'gone']) {
            const part = await exportArticle(db, articleId);
            expect(part, articleId).toEqual(recordsForArticle(all, articleId));
            // Exactly that article's records: its statements, and the speakers and topics they name.
            expect(part.articles.map((a) => a.id)).toEqual(articleId === 'gone' ? [] : [articleId]);
            expect(part.statements.map((s) => s.id).sort()).toEqual(
              all.statements
                .filter((s) => s.articleId === articleId)
                .map((s) => s.id)
                .sort(),
            );
            for (const s of part.statements) {
              if (s.speakerId !== null && SPEAKERS.includes(s.speakerId))
                expect(part.speakers.map((p) => p.id)).toContain(s.speakerId);
            }
            expect(part.speakers.every((p) => part.statements.some((s) => s.speakerId === p.id))).toBe(true);
            expect(part.topics.every((t) => part.statements.some((s) => s.topicId === t.id))).toBe(true);
          }
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Which tables a database reads, and with which keys when it asks for records by key. */
function readLog(db: QuotemarkDatabase) {
  const tables = new Set<string>();
  const keys = new Map<string, unknown[]>();
  const logged = (name: string, table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: (req) => (tables.add(name), keys.set(name, [...(keys.get(name) ?? []), req.key]), table.get(req)),
    getMany: (req) => (tables.add(name), keys.set(name, [...(keys.get(name) ?? []), ...req.keys]), table.getMany(req)),
    query: (req) => (
      tables.add(name),
      keys.set(name, [...(keys.get(name) ?? []), `query ${req.query.index.name || 'all'}`]),
      table.query(req)
    ),
    openCursor: (req) => (
      tables.add(name),
      keys.set(name, [...(keys.get(name) ?? []), `cursor ${req.query.index.name || 'all'}`]),
      table.openCursor(req)
    ),
    count: (req) => (tables.add(name), table.count(req)),
  });
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'ReadLog',
    create: (down) => ({ ...down, table: (name) => logged(name, down.table(name)) }),
  };
  db.use(middleware);
  return {
    tables,
    keys,
    clear: () => {
      tables.clear();
      keys.clear();
    },
  };
}

describe('what each view reads', () => {
  const library = [
    ...Array.from({ length: 12 }, (_, i): Statement => ({
      id: `st-${i}`,
      articleId: ARTICLES[i % ARTICLES.length] ?? 'a1',
      speakerId: i % 3 === 0 ? 's1' : 's2',
      topicId: i % 2 === 0 ? 't1' : 't2',
      stance: 'favor',
      quote: { start: i, end: i + 5, exact: `words ${i}`, prefix: '', suffix: '' },
      kind: 'direct',
      tags: [],
      origin: 'manual',
      status: 'confirmed',
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
  ];

  it('a speaker page reads the speaker’s statements and never an article (no text)', async () => {
    const db = openTestDatabase();
    const log = readLog(db);
    await seed(db, library);
    log.clear();
    const records = await readSpeakerRecords(db, 's1');
    expect(records.statements.map((s) => s.id).sort()).toEqual(['st-0', 'st-3', 'st-6', 'st-9']);
    expect(records.articles.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a8', 'b1']);
    expect(log.tables).not.toContain('articles');
    expect(log.keys.get('statements')).toEqual(['query speakerId']);
  });

  it('a topic page reads the topic’s statements and never an article', async () => {
    const db = openTestDatabase();
    const log = readLog(db);
    await seed(db, library);
    log.clear();
    const records = await readTopicRecords(db, 't1');
    expect(records.statements).toHaveLength(6);
    expect(log.tables).not.toContain('articles');
    expect(log.keys.get('statements')).toEqual(['query topicId']);
  });

  it('the Speakers and Topics lists read the speaker listings and the registry totals, not the statements nor every article’s tally', async () => {
    const db = openTestDatabase();
    const log = readLog(db);
    await seed(db, library);
    log.clear();
    expect((await listSpeakerSummaries(db)).map((s) => [s.speaker.id, s.statementCount, s.articleCount])).toEqual([
      ['s4', 0, 0],
      ['s3', 0, 0],
      ['s2', 8, 4],
      ['s1', 4, 4],
    ]);
    expect((await listTopicSummaries(db)).map((t) => [t.topic.id, t.statementCount, t.articleCount])).toEqual([
      ['t1', 6, 2],
      ['t2', 6, 2],
      ['t3', 0, 0],
      ['t4', 0, 0],
    ]);
    expect([...log.tables].sort()).toEqual(['registryTotals', 'speakerListings', 'topics']);
  });

  it('the Library lists every article with its count from the article summaries: no text, no statement', async () => {
    const db = openTestDatabase();
    const log = readLog(db);
    await seed(db, library);
    log.clear();
    const { summaries } = await readLibraryArticles(db);
    expect(summaries.map((a) => [a.id, a.title, a.statementCount])).toEqual([
      ['b1', 'Article 1', 3],
      ['a8', 'Article 0', 3],
      ['a2', 'Article 1', 3],
      ['a1', 'Article 0', 3],
    ]);
    expect([...log.tables]).toEqual(['articleSummaries']);
  });

  it('an article export reads that article and no other', async () => {
    const db = openTestDatabase();
    const log = readLog(db);
    await seed(db, library);
    log.clear();
    const part = await exportArticle(db, 'a2');
    expect(part.statements.map((s) => s.id)).toEqual(['st-1', 'st-5', 'st-9']);
    expect(log.keys.get('articles')).toEqual(['a2']);
    expect(log.keys.get('statementPacks')).toEqual(['query articleId']);
  });
});
