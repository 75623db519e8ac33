import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Article } from '../../core/model/article';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { INITIAL_EXPORT_STATE, type LibraryMeta } from './LibraryMeta';
import { ARTICLE_SUMMARIES, type ArticleSummaryRecord } from '../derived/ArticleSummaryRecord';
import { buildArticleSummaries } from '../derived/buildArticleSummaries';
import { REGISTRY_TOTALS, registryTotalRecords, type RegistryTotalRecord } from '../derived/RegistryTotalRecord';
import { SPEAKER_LISTINGS, speakerListingRecords, type SpeakerListingRecord } from '../derived/SpeakerListingRecord';
import { STANCE_INDEX, stanceIndexRecords, type StanceIndexRecord } from '../derived/StanceIndexRecord';
import { derivedTablesMiddleware } from '../derived/derivedTablesMiddleware';
import { pendingWritesMiddleware } from './pendingWritesMiddleware';
import { STATEMENT_PACKS, statementPackRecords, type StatementPackRecord } from '../derived/StatementPackRecord';
import { STATEMENT_TALLIES, statementTallyRecords, type StatementTallyRecord } from '../derived/StatementTallyRecord';
import { teamOutboxMiddleware } from './teamOutboxMiddleware';
import {
  TEAM_GOLD,
  TEAM_LAYERS,
  TEAM_OUTBOX,
  TEAM_PENDING,
  TEAM_PROJECTS,
  TEAM_STATUS,
  TEAM_UPDATES,
  type TeamGoldRecord,
  type TeamLayerRecord,
  type TeamOutboxRecord,
  type TeamPendingRecord,
  type TeamProjectRecord,
  type TeamStatusRecord,
  type TeamUpdateRecord,
} from './teamRecords';

// Dexie switches its debug mode on for any page served from localhost, which
// is where a local-first app usually runs: every table call then creates a
// console task and records async stacks, which costs the opening of an
// article and every save. Debugging is for the dev server.
if (import.meta.env.PROD) Dexie.debug = false;

/**
 * The versioned IndexedDB database of the whole library. Records are stored
 * exactly as their zod schemas describe them; ids are app-made strings, so
 * every insert carries its own key (the third type argument).
 *
 * Tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange` in `options` and
 * a unique name, so each test gets a fresh store under Node.
 */
export class QuotemarkDatabase extends Dexie {
  // `declare` rather than a field: a class field would be initialised to
  // undefined after super(), racing the tables Dexie installs in stores().
  declare readonly articles: EntityTable<Article, 'id', Article>;
  declare readonly speakers: EntityTable<Speaker, 'id', Speaker>;
  declare readonly topics: EntityTable<Topic, 'id', Topic>;
  declare readonly statements: EntityTable<Statement, 'id', Statement>;
  declare readonly meta: EntityTable<LibraryMeta, 'key', LibraryMeta>;
  declare readonly stanceIndex: EntityTable<StanceIndexRecord, 'shard', StanceIndexRecord>;
  declare readonly statementPacks: EntityTable<StatementPackRecord, 'key', StatementPackRecord>;
  declare readonly statementTallies: EntityTable<StatementTallyRecord, 'shard', StatementTallyRecord>;
  declare readonly articleSummaries: EntityTable<ArticleSummaryRecord, 'shard', ArticleSummaryRecord>;
  declare readonly registryTotals: EntityTable<RegistryTotalRecord, 'shard', RegistryTotalRecord>;
  declare readonly speakerListings: EntityTable<SpeakerListingRecord, 'shard', SpeakerListingRecord>;
  declare readonly teamProjects: EntityTable<TeamProjectRecord, 'projectId', TeamProjectRecord>;
  declare readonly teamUpdates: EntityTable<TeamUpdateRecord, 'seq'>;
  declare readonly teamOutbox: EntityTable<TeamOutboxRecord, 'key', TeamOutboxRecord>;
  declare readonly teamPending: EntityTable<TeamPendingRecord, 'key', TeamPendingRecord>;
  declare readonly teamLayers: EntityTable<TeamLayerRecord, 'doc', TeamLayerRecord>;
  declare readonly teamStatus: EntityTable<TeamStatusRecord, 'projectId', TeamStatusRecord>;
  declare readonly teamGold: EntityTable<TeamGoldRecord, 'id', TeamGoldRecord>;

  constructor(name = 'quotemark', options?: DexieOptions) {
    super(name, options);
    // Only indexed properties are listed. A statement with speakerId null or
    // no topicId is simply absent from that index (null is not a valid key).
    // Each schema change adds a version with its upgrade(); never edit an
    // earlier one: browsers hold databases written by every version, and
    // test/unit/storage/schemaUpgrade.test.ts opens fixtures of each.
    this.version(1).stores({
      articles: 'id, createdAt, textSha256, title',
      speakers: 'id, name, *aliases',
      topics: 'id, label',
      statements: 'id, articleId, speakerId, topicId',
    });
    // v2: statements by creation time (for "new since the last export"), and
    // a table of library-wide facts such as when it was last exported.
    this.version(2)
      .stores({ statements: 'id, articleId, speakerId, topicId, createdAt', meta: 'key' })
      .upgrade(async (tx) => {
        await tx.table('meta').put(INITIAL_EXPORT_STATE);
      });
    // v3: the stance index, a few packed rows (see StanceIndexRecord), made
    // from the articles and statements already stored; the middleware keeps
    // it from then on.
    this.version(3)
      .stores({ [STANCE_INDEX]: 'shard' })
      .upgrade(async (tx) => {
        const [articles, statements] = await Promise.all([
          tx.table('articles').toArray(),
          tx.table('statements').toArray(),
        ]);
        await tx.table(STANCE_INDEX).bulkPut(stanceIndexRecords(articles, statements));
      });
    // v4: the statement packs (see StatementPackRecord), made from the
    // statements already stored; the middleware keeps them from then on.
    this.version(4)
      .stores({ [STATEMENT_PACKS]: 'key, articleId' })
      .upgrade(async (tx) => {
        await tx.table(STATEMENT_PACKS).bulkPut(statementPackRecords(await tx.table('statements').toArray()));
      });
    // v5: the statement tallies (see StatementTallyRecord), made from the
    // statements already stored; the middleware keeps them from then on.
    this.version(5)
      .stores({ [STATEMENT_TALLIES]: 'shard' })
      .upgrade(async (tx) => {
        await tx.table(STATEMENT_TALLIES).bulkPut(statementTallyRecords(await tx.table('statements').toArray()));
      });
    // v6: team projects (src/storage/team): the projects joined, each Yjs
    // document's updates kept on this device, the outbox of library writes
    // still to carry into them, the changes their servers have yet to
    // confirm, other coders' layers (read-only) and each project's status.
    // New tables only: nothing of the library changes.
    this.version(6).stores({
      [TEAM_PROJECTS]: 'projectId',
      [TEAM_UPDATES]: '++seq, doc',
      [TEAM_OUTBOX]: 'key',
      [TEAM_PENDING]: 'key, projectId',
      [TEAM_LAYERS]: 'doc, [projectId+articleId]',
      [TEAM_STATUS]: 'projectId',
    });
    // v7: the gold layers (core/curation): each curated statement of a
    // project's articles, by project and article. A new table only.
    this.version(7).stores({ [TEAM_GOLD]: 'id, [projectId+articleId]' });
    // v8: the article summaries (see ArticleSummaryRecord), what the Library
    // lists of each article, made from the articles and statements already
    // stored; the registry totals (see RegistryTotalRecord), the statement
    // tallies summed; and the speaker listings (see SpeakerListingRecord),
    // what the Speakers list shows of each; the middleware keeps all three
    // from then on.
    this.version(8)
      .stores({ [ARTICLE_SUMMARIES]: 'shard', [REGISTRY_TOTALS]: 'shard', [SPEAKER_LISTINGS]: 'shard' })
      .upgrade(async (tx) => {
        const [summaries, tallies, speakers] = await Promise.all([
          buildArticleSummaries(tx.table('articles'), tx.table('statements')),
          tx.table(STATEMENT_TALLIES).toArray(),
          tx.table('speakers').toArray(),
        ]);
        await tx.table(ARTICLE_SUMMARIES).bulkPut(summaries);
        await tx.table(REGISTRY_TOTALS).bulkPut(registryTotalRecords(tallies));
        await tx.table(SPEAKER_LISTINGS).bulkPut(speakerListingRecords(speakers));
      });
    this.use(derivedTablesMiddleware);
    // Notes library writes for the team sync client (see teamOutboxMiddleware).
    this.use(teamOutboxMiddleware);
    // Counts open read-write transactions, so the page can ask before a
    // reload or a closed tab aborts one (see pendingWrites).
    this.use(pendingWritesMiddleware);
    // Another tab opens a newer schema (or deletes the database): close so it
    // can go ahead, and stay closed. Dexie's own handler would reopen on the
    // next query with this tab's older schema; returning false skips it (later
    // subscribers run first). watchDatabase tells the person to reload.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      return false;
    });
    // Dexie says 'blocked' once, when the open is held up; an early read may
    // start the open before watchDatabase listens, so the state is kept here.
    this.on('blocked', () => {
      this.openBlocked = true;
    });
  }

  /** Whether opening is (or was) held up by another tab's older version; watchDatabase reads it when it starts. */
  openBlocked = false;
}
