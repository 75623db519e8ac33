import type { Dexie, DexieOptions, IndexSpec } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ZodType } from 'zod';
import { ArticleSchema } from '../../../src/core/model/article';
import { SpeakerSchema } from '../../../src/core/model/speaker';
import { StatementSchema, type Statement } from '../../../src/core/model/statement';
import { TopicSchema } from '../../../src/core/model/topic';
import { addArticle, listArticleSummaries } from '../../../src/storage/repositories/articleRepository';
import { noteLibraryExported, readExportState, statementsSinceExport } from '../../../src/storage/exchange/exportState';
import { INITIAL_EXPORT_STATE } from '../../../src/storage/database/LibraryMeta';
import { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { listTopicSummaries } from '../../../src/storage/repositories/listTopicSummaries';
import { readStanceRecords, stanceEntries } from '../../../src/storage/reads/readStanceRecords';
import { listSpeakers, listSpeakerSummaries } from '../../../src/storage/repositories/speakerRepository';
import { speakerListingOf } from '../../../src/storage/derived/SpeakerListingRecord';
import type { Speaker } from '../../../src/core/model/speaker';
import { unpackStatements } from '../../../src/storage/derived/StatementPackRecord';
import { QuotemarkDatabase as QuotemarkDatabaseV1 } from '../../fixtures/storage/v1/src/storage/QuotemarkDatabase';
import v1Records from '../../fixtures/storage/v1/records.json';
import { QuotemarkDatabase as QuotemarkDatabaseV2 } from '../../fixtures/storage/v2/src/storage/QuotemarkDatabase';
import v2Records from '../../fixtures/storage/v2/records.json';
import { QuotemarkDatabase as QuotemarkDatabaseV3 } from '../../fixtures/storage/v3/src/storage/QuotemarkDatabase';
import v3Records from '../../fixtures/storage/v3/records.json';
import { QuotemarkDatabase as QuotemarkDatabaseV4 } from '../../fixtures/storage/v4/src/storage/QuotemarkDatabase';
import v4Records from '../../fixtures/storage/v4/records.json';
import { QuotemarkDatabase as QuotemarkDatabaseV5 } from '../../fixtures/storage/v5/src/storage/QuotemarkDatabase';
import v5Records from '../../fixtures/storage/v5/records.json';
import { QuotemarkDatabase as QuotemarkDatabaseV7 } from '../../fixtures/storage/v7/src/storage/database/QuotemarkDatabase';
import v7Records from '../../fixtures/storage/v7/records.json';
import type { Article } from '../../../src/core/model/article';

/** Today's schema version: what every earlier database is upgraded to. */
const CURRENT_VERSION = 8;

type Tables = Record<string, unknown[]>;

interface EarlierVersion {
  version: number;
  /** The database class as that version shipped it (frozen, never edited). */
  Database: new (name: string, options: DexieOptions) => Dexie;
  /** Records written by that version's own code (scripts/makeStorageFixture.ts). */
  fixture: { schemaVersion: number; commit: string; tables: Tables };
  /** The records as today's schema holds them: the same, unless an upgrade reshapes them. */
  upgraded: (tables: Tables) => Tables;
}

/**
 * Every schema version that shipped before today's. A new schema version adds
 * the version it replaces here: freeze its class and write its records with
 * `npx tsx scripts/makeStorageFixture.ts <version> <commit>`
 * (test/fixtures/storage/README.md).
 */
const EARLIER_VERSIONS: EarlierVersion[] = [
  { version: 1, Database: QuotemarkDatabaseV1, fixture: v1Records, upgraded: (tables) => tables },
  { version: 2, Database: QuotemarkDatabaseV2, fixture: v2Records, upgraded: (tables) => tables },
  { version: 3, Database: QuotemarkDatabaseV3, fixture: v3Records, upgraded: (tables) => tables },
  { version: 4, Database: QuotemarkDatabaseV4, fixture: v4Records, upgraded: (tables) => tables },
  { version: 5, Database: QuotemarkDatabaseV5, fixture: v5Records, upgraded: (tables) => tables },
  // Version 6 added the team tables only, with no change to the library's; version 7 is its successor.
  { version: 7, Database: QuotemarkDatabaseV7, fixture: v7Records, upgraded: (tables) => tables },
];

/** The tables of team projects (schema v6, teamGold v7): a library that never joined one has none of them filled. */
const TEAM_TABLES = [
  'teamProjects',
  'teamUpdates',
  'teamOutbox',
  'teamPending',
  'teamLayers',
  'teamStatus',
  'teamGold',
];

/** Today's zod schema of each table: upgraded records must still pass them. */
const SCHEMAS: Record<string, ZodType> = {
  articles: ArticleSchema,
  speakers: SpeakerSchema,
  topics: TopicSchema,
  statements: StatementSchema,
};

/** Write the fixture with the old class, close it, and open the same database with today's. */
async function upgradeFrom({ Database, fixture }: EarlierVersion): Promise<QuotemarkDatabase> {
  const name = `quotemark-upgrade-${crypto.randomUUID()}`;
  const old = new Database(name, { indexedDB, IDBKeyRange });
  await old.transaction('rw', old.tables, async () => {
    // Put, not add: from v3 on, the old class's middleware fills the derived
    // tables as the library's records go in; the fixture's rows then replace them.
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkPut(records);
  });
  old.close();
  const db = new QuotemarkDatabase(name, { indexedDB, IDBKeyRange });
  onTestFinished(() => db.delete());
  await db.open();
  return db;
}

/** The primary keys an index should list: those of the records whose key path holds a valid key. */
function indexedKeys(records: unknown[], index: IndexSpec, primaryKey: string): string[] {
  const path = index.keyPath as string;
  const hasKey = (value: unknown) =>
    index.multi ? Array.isArray(value) && value.length > 0 : value !== undefined && value !== null;
  return records
    .filter((r) => hasKey((r as Record<string, unknown>)[path]))
    .map((r) => String((r as Record<string, unknown>)[primaryKey]));
}

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/storage');

/** Every relative import of the TypeScript files under `folder` that leads out of the storage fixtures (to today's src/, say). */
function importsOfLiveCode(folder: string): string[] {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) =>
    [...readFileSync(join(folder, file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)]
      .map(([, specifier]) => resolve(dirname(join(folder, file)), specifier ?? ''))
      .filter((target) => relative(FIXTURES, target).startsWith('..'))
      .map((target) => `${file} → ${relative(folder, target)}`),
  );
}

describe.each(EARLIER_VERSIONS)('a library written by schema version $version', (earlier) => {
  it('is frozen whole: its database class and what it imports are copies, never today’s src/', () => {
    const folder = join(FIXTURES, `v${earlier.version}`);
    // The class moved into src/storage/database/ after version 5.
    const files = readdirSync(join(folder, 'src/storage'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('QuotemarkDatabase.ts'))).toHaveLength(1);
    expect(importsOfLiveCode(folder)).toEqual([]);
  });

  it('is a fixture of that version, written by its code', async () => {
    expect(earlier.fixture.schemaVersion).toBe(earlier.version);
    const old = new earlier.Database(`quotemark-frozen-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
    onTestFinished(() => old.delete());
    await old.open();
    expect(old.verno).toBe(earlier.version);
    expect(old.tables.map((t) => t.name).sort()).toEqual(Object.keys(earlier.fixture.tables).sort());
  });

  it(`opens at version ${CURRENT_VERSION} with every record intact and valid`, async () => {
    const db = await upgradeFrom(earlier);
    expect(db.verno).toBe(CURRENT_VERSION);
    const expected = earlier.upgraded(structuredClone(earlier.fixture.tables));
    for (const [table, records] of Object.entries(expected)) {
      expect(await db.table(table).toArray(), table).toEqual(records);
      const schema = SCHEMAS[table];
      // meta has no zod schema: its rows are compared whole above.
      if (schema)
        for (const record of records)
          expect(schema.safeParse(record).success, `${table} ${(record as { id: string }).id}`).toBe(true);
    }
  });

  it('has every index of the current schema built over the old records', async () => {
    const db = await upgradeFrom(earlier);
    const expected = earlier.upgraded(structuredClone(earlier.fixture.tables));
    for (const table of db.tables) {
      // A table the upgrade made (a derived one) is checked against its own rows here, and its content below.
      const records = expected[table.name] ?? (await table.toArray());
      for (const index of table.schema.indexes) {
        const listed = await table.orderBy(index.name).primaryKeys();
        const primaryKey = table.schema.primKey.keyPath as string;
        expect([...new Set(listed)].sort(), `${table.name}.${index.name}`).toEqual(
          indexedKeys(records, index, primaryKey).sort(),
        );
      }
    }
  });

  it('holds the export state (the initial one before version 2), and the library works as before', async () => {
    const db = await upgradeFrom(earlier);
    const statements = (earlier.fixture.tables.statements ?? []) as { createdAt: string }[];
    const meta = (earlier.fixture.tables.meta ?? [INITIAL_EXPORT_STATE]) as (typeof INITIAL_EXPORT_STATE)[];
    expect(await db.meta.toArray()).toEqual(meta);
    const exportedAt = meta[0]?.lastExportAt ?? null;
    expect(await statementsSinceExport(db)).toBe(
      statements.filter((s) => exportedAt === null || s.createdAt > exportedAt).length,
    );

    const summaries = await listArticleSummaries(db);
    expect(summaries.reduce((sum, s) => sum + s.statementCount, 0)).toBe(statements.length);
    const added = await addArticle(
      db,
      { title: 'After the upgrade', text: 'A new article.' },
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(added.ok).toBe(true);
    await noteLibraryExported(db, new Date('2027-01-01T00:00:00Z'));
    expect((await readExportState(db)).lastExportAt).toBe('2027-01-01T00:00:00.000Z');
    expect(await statementsSinceExport(db)).toBe(0);
  });

  it('builds the stance index: one entry for each confirmed statement with a speaker, a topic and a stance', async () => {
    const db = await upgradeFrom(earlier);
    const statements = (earlier.fixture.tables.statements ?? []) as Statement[];
    const counted = statements.filter(
      (s) => s.status === 'confirmed' && s.speakerId !== null && s.topicId !== undefined && s.stance !== undefined,
    );
    expect(counted.length).toBeGreaterThan(0);
    const entries = stanceEntries(await readStanceRecords(db));
    expect([...entries].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      counted
        .map((s) => ({
          id: s.id,
          articleId: s.articleId,
          speakerId: s.speakerId,
          topicId: s.topicId,
          stance: s.stance,
          kind: s.kind,
          status: s.status,
          quote: { start: s.quote.start, end: s.quote.end },
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('builds the statement packs: the packs of each article hold exactly its statements, whole', async () => {
    const db = await upgradeFrom(earlier);
    const statements = (earlier.fixture.tables.statements ?? []) as Statement[];
    const articleIds = (earlier.fixture.tables.articles as { id: string }[]).map((a) => a.id);
    expect(articleIds.length).toBeGreaterThan(1);
    for (const articleId of articleIds) {
      const packed = (await db.statementPacks.where('articleId').equals(articleId).toArray()).flatMap(unpackStatements);
      expect(packed.sort(byId), articleId).toEqual(statements.filter((s) => s.articleId === articleId).sort(byId));
    }
    expect(await db.statementPacks.count()).toBeLessThanOrEqual(statements.length);
  });

  it('builds the statement tallies: the Speakers and Topics lists count the confirmed statements and their articles', async () => {
    const db = await upgradeFrom(earlier);
    const statements = (earlier.fixture.tables.statements ?? []) as Statement[];
    const confirmed = statements.filter((s) => s.status === 'confirmed');
    expect(confirmed.length).toBeLessThan(statements.length);
    const counts = (named: (s: Statement) => string | null | undefined) => (id: string) => {
      const own = confirmed.filter((s) => named(s) === id);
      return [id, own.length, new Set(own.map((s) => s.articleId)).size];
    };
    const speakers = (await listSpeakerSummaries(db)).map((row) => [
      row.speaker.id,
      row.statementCount,
      row.articleCount,
    ]);
    expect(speakers).toEqual(speakers.map(([id]) => counts((s) => s.speakerId)(String(id))));
    expect(speakers.some(([, n]) => Number(n) > 0)).toBe(true);
    const topics = (await listTopicSummaries(db)).map((row) => [row.topic.id, row.statementCount, row.articleCount]);
    expect(topics).toEqual(topics.map(([id]) => counts((s) => s.topicId)(String(id))));
    expect(topics.some(([, n]) => Number(n) > 0)).toBe(true);
  });
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe.each(EARLIER_VERSIONS)(
  'article summaries and speaker listings over a library written by schema version $version',
  (earlier) => {
    it('are built by the upgrade: the Library lists every article, newest first, with its statements counted and no text', async () => {
      const db = await upgradeFrom(earlier);
      const articles = earlier.fixture.tables.articles as Article[];
      const statements = (earlier.fixture.tables.statements ?? []) as Statement[];
      expect(articles.length).toBeGreaterThan(1);
      expect(await listArticleSummaries(db)).toEqual(
        [...articles]
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((article) => {
            const listing: Partial<Article> = { ...article };
            delete listing.text;
            delete listing.textSha256;
            delete listing.url;
            return { ...listing, statementCount: statements.filter((s) => s.articleId === article.id).length };
          }),
      );
      expect(statements.some((s) => s.articleId === articles[0]?.id)).toBe(true);
    });

    it('come with the speaker listings: the Speakers list shows every speaker of the registry, without notes', async () => {
      const db = await upgradeFrom(earlier);
      const speakers = earlier.fixture.tables.speakers as Speaker[];
      expect(speakers.some((s) => s.notes)).toBe(true);
      expect((await listSpeakerSummaries(db)).map((s) => s.speaker)).toEqual(
        (await listSpeakers(db)).map(speakerListingOf),
      );
      expect(await db.speakerListings.count()).toBeGreaterThan(0);
    });

    it('are kept from then on: an added article is listed, a deleted statement leaves its count', async () => {
      const db = await upgradeFrom(earlier);
      const statements = (earlier.fixture.tables.statements ?? []) as Statement[];
      const added = await addArticle(
        db,
        { title: 'After the upgrade', text: 'A new article.' },
        new Date('2027-01-01'),
      );
      if (!added.ok) throw new Error(added.error);
      const gone = statements[0];
      if (!gone) throw new Error('the fixture has statements');
      await db.statements.delete(gone.id);
      const summaries = await listArticleSummaries(db);
      expect(summaries[0]).toMatchObject({ id: added.value.id, title: 'After the upgrade', statementCount: 0 });
      expect(summaries.find((s) => s.id === gone.articleId)?.statementCount).toBe(
        statements.filter((s) => s.articleId === gone.articleId).length - 1,
      );
    });
  },
);

describe.each(EARLIER_VERSIONS)('team tables over a library written by schema version $version', (earlier) => {
  it('are added empty, and a write before any project is joined notes nothing for a team', async () => {
    const db = await upgradeFrom(earlier);
    for (const table of TEAM_TABLES) expect(await db.table(table).count(), table).toBe(0);
    const added = await addArticle(
      db,
      { title: 'After the upgrade', text: 'A new article.' },
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(added.ok).toBe(true);
    expect(await db.teamOutbox.count()).toBe(0);
  });
});

describe('the version 1 fixture, upgraded', () => {
  it('finds statements by creation time through the index version 2 added', async () => {
    const db = await upgradeFrom(EARLIER_VERSIONS[0]!);
    const later = await db.statements.where('createdAt').above('2026-01-05T09:09:00.000Z').toArray();
    expect(later.map((s) => [s.id, s.createdAt])).toEqual([
      ['v1-7', '2026-01-05T09:10:00.000Z'],
      ['v1-9', '2026-01-05T09:11:00.000Z'],
      ['v1-10', '2026-01-05T09:13:00.000Z'],
    ]);
  });

  it('keeps a speaker findable by an alias added in version 1', async () => {
    const db = await upgradeFrom(EARLIER_VERSIONS[0]!);
    expect((await db.speakers.where('aliases').equals('Senator Ben Sasse').toArray()).map((s) => s.name)).toEqual([
      'Ben Sasse',
    ]);
  });

  it('covers what a library holds: a cue, an orphan, a pending suggestion, an unattributed statement, an edited one', () => {
    const statements = v1Records.tables.statements as Record<string, unknown>[];
    expect(statements.some((s) => s.cue)).toBe(true);
    expect(statements.some((s) => s.orphanedAt)).toBe(true);
    expect(statements.some((s) => s.status === 'pending' && s.origin === 'suggested')).toBe(true);
    expect(statements.some((s) => s.speakerId === null)).toBe(true);
    expect(statements.some((s) => s.updatedAt !== s.createdAt)).toBe(true);
    expect(v1Records.tables.speakers.some((s) => s.aliases.length > 1)).toBe(true);
  });
});
