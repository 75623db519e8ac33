import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { Article } from '../../core/model/article';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import { stanceEntryOf } from '../../core/review/StanceEntry';
import { ArticleSummaryChanges } from './ArticleSummaryChanges';
import { ARTICLE_SUMMARIES, articleListingOf, type ArticleSummaryRecord } from './ArticleSummaryRecord';
import { StanceIndexChanges } from './StanceIndexChanges';
import {
  articleInfoOf,
  packedEntriesByArticle,
  STANCE_INDEX,
  STANCE_INDEX_SHARDS,
  type StanceIndexRecord,
} from './StanceIndexRecord';
import { StatementPackChanges } from './StatementPackChanges';
import { STATEMENT_PACKS, statementPackRecords, type StatementPackRecord } from './StatementPackRecord';
import { StatementTallyChanges } from './StatementTallyChanges';
import { STATEMENT_TALLIES, type StatementTallyRecord } from './StatementTallyRecord';
import type { RegistryTotalChanges } from './RegistryTotalChanges';
import { REGISTRY_TOTALS, type RegistryTotalRecord } from './RegistryTotalRecord';
import { SpeakerListingChanges } from './SpeakerListingChanges';
import { SPEAKER_LISTINGS, speakerListingOf, type SpeakerListingRecord } from './SpeakerListingRecord';

const ARTICLES = 'articles';
const STATEMENTS = 'statements';
const SPEAKERS = 'speakers';
const ALL_SHARDS = Array.from({ length: STANCE_INDEX_SHARDS }, (_, shard) => shard);
/** Every key: Dexie's own AnyRange (DBCoreRangeType.Any is a const enum, out of reach here). */
const ANY_KEY: DBCoreKeyRange = { type: 3, lower: -Infinity, upper: [[]] };

/** The derived tables one transaction writes, when the schema has them. */
interface Derived {
  index: DBCoreTable;
  /** Absent under schema v3, which had no statement packs. */
  packs: DBCoreTable | undefined;
  /** Absent under schemas v3 and v4, which had no statement tallies. */
  tallies: DBCoreTable | undefined;
  /** Absent under schemas v3 to v7, which had no article summaries. */
  summaries: DBCoreTable | undefined;
  /** Absent under schemas v3 to v7, which had no registry totals. */
  totals: DBCoreTable | undefined;
  /** Absent under schemas v3 to v7, which had no speaker listings. */
  speakers: DBCoreTable | undefined;
}

/**
 * Keeps the derived tables equal to what the articles and statements tables
 * hold: the stance index (see StanceIndexRecord), the statement packs
 * (see StatementPackRecord), the statement tallies (see
 * StatementTallyRecord) with their sums (see RegistryTotalRecord), the
 * article summaries (see ArticleSummaryRecord), and the speaker listings
 * (see SpeakerListingRecord), which follow the speakers table. It sits in Dexie's DBCore stack, under every
 * write path: each read-write transaction over either table also takes the
 * derived ones, and each write updates their rows before the transaction
 * can commit, so they never disagree, even across a crash. Above Dexie's
 * own middlewares, so live queries of the derived tables see their writes.
 */
export const derivedTablesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DerivedTables',
  create: (down) => {
    const has = (name: string) => down.schema.tables.some((table) => table.name === name);
    // Absent while an older version is upgraded; each upgrade() builds its table whole.
    if (!has(STANCE_INDEX)) return down;
    const hasPacks = has(STATEMENT_PACKS);
    const hasTallies = has(STATEMENT_TALLIES);
    const hasSummaries = has(ARTICLE_SUMMARIES);
    const hasTotals = has(REGISTRY_TOTALS);
    const hasListings = has(SPEAKER_LISTINGS);
    const derivedNames = [
      STANCE_INDEX,
      ...(hasPacks ? [STATEMENT_PACKS] : []),
      ...(hasTallies ? [STATEMENT_TALLIES] : []),
      ...(hasSummaries ? [ARTICLE_SUMMARIES] : []),
      ...(hasTotals ? [REGISTRY_TOTALS] : []),
    ];
    const withDerived = (stores: string[]) => {
      const needed = [
        ...(stores.includes(ARTICLES) || stores.includes(STATEMENTS) ? derivedNames : []),
        ...(hasListings && stores.includes(SPEAKERS) ? [SPEAKER_LISTINGS] : []),
      ];
      return [...stores, ...needed.filter((name) => !stores.includes(name))];
    };
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' ? withDerived(stores) : stores, mode, options),
      table: (name) => {
        const table = down.table(name);
        const derived = {
          index: down.table(STANCE_INDEX),
          packs: hasPacks ? down.table(STATEMENT_PACKS) : undefined,
          tallies: hasTallies ? down.table(STATEMENT_TALLIES) : undefined,
          summaries: hasSummaries ? down.table(ARTICLE_SUMMARIES) : undefined,
          totals: hasTotals ? down.table(REGISTRY_TOTALS) : undefined,
          speakers: hasListings ? down.table(SPEAKER_LISTINGS) : undefined,
        };
        if (name === STATEMENTS)
          return { ...table, mutate: (req) => mutateFollowed(table, derived, req, statementFollower) };
        if (name === ARTICLES)
          return { ...table, mutate: (req) => mutateFollowed(table, derived, req, articleFollower) };
        if (name === SPEAKERS && hasListings)
          return { ...table, mutate: (req) => mutateFollowed(table, derived, req, speakerFollower) };
        return table;
      },
    };
  },
};

/** What one write changes in the derived tables. */
interface Changes {
  index: StanceIndexChanges;
  packs: StatementPackChanges;
  tallies: StatementTallyChanges;
  summaries: ArticleSummaryChanges;
  speakers: SpeakerListingChanges;
}

/** How the derived tables follow one table's writes. */
interface Follower<T> {
  /**
   * Whether a write needs the records it replaces or deletes: a statement's
   * old article (a put may move it, a delete must find it). An article's id
   * is all there is to know, so its text is never read again.
   */
  readsBefore: boolean;
  /** Record what a write did: the ids deleted, the records before (when read), those written (that succeeded). */
  describe(changes: Changes, deleted: readonly string[], before: readonly T[], written: readonly T[]): void;
  /** After a cleared range: everything left in the table. */
  replaceAll(changes: Changes, left: T[]): void;
}

const statementFollower: Follower<Statement> = {
  readsBefore: true,
  describe({ index, packs, tallies, summaries }, _deleted, before, written) {
    // Once per id: a bulk write naming an id twice reads its old version twice.
    for (const old of new Map(before.map((statement) => [statement.id, statement])).values()) {
      index.entryChange(old.articleId).removed.add(old.id);
      packs.remove(old);
      tallies.count(old, -1);
      summaries.count(old.articleId, -1);
    }
    for (const statement of written) {
      const entry = stanceEntryOf(statement);
      if (entry) index.entryChange(entry.articleId).put.set(entry.id, entry);
      else index.entryChange(statement.articleId).removed.add(statement.id);
      packs.put(statement);
      tallies.count(statement, 1);
      summaries.count(statement.articleId, 1);
    }
  },
  replaceAll({ index, packs, tallies, summaries }, left) {
    index.allEntries = packedEntriesByArticle(left);
    packs.all = left;
    tallies.all = left;
    summaries.allStatements = left;
  },
};

const articleFollower: Follower<Article> = {
  readsBefore: false,
  describe({ index, summaries }, deleted, _before, written) {
    for (const id of deleted) {
      index.articles.set(id, null);
      summaries.listings.set(id, null);
    }
    for (const article of written) {
      index.articles.set(article.id, articleInfoOf(article));
      summaries.listings.set(article.id, articleListingOf(article));
    }
  },
  replaceAll({ index, summaries }, left) {
    index.allArticles = new Map(left.map((article) => [article.id, articleInfoOf(article)]));
    summaries.allListings = left.map(articleListingOf);
  },
};

const speakerFollower: Follower<Speaker> = {
  readsBefore: false,
  describe({ speakers }, deleted, _before, written) {
    for (const id of deleted) speakers.listings.set(id, null);
    for (const speaker of written) speakers.listings.set(speaker.id, speakerListingOf(speaker));
  },
  replaceAll({ speakers }, left) {
    speakers.all = left.map(speakerListingOf);
  },
};

async function mutateFollowed<T extends { id: string }>(
  table: DBCoreTable,
  derived: Derived,
  req: DBCoreMutateRequest,
  follower: Follower<T>,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const changes: Changes = {
    index: new StanceIndexChanges(),
    packs: new StatementPackChanges(),
    tallies: new StatementTallyChanges(),
    summaries: new ArticleSummaryChanges(),
    speakers: new SpeakerListingChanges(),
  };
  if (req.type === 'deleteRange') {
    const response = await table.mutate(req);
    // Rare (a cleared table): everything that is left is read again.
    const { result } = await table.query({
      trans,
      values: true,
      query: { index: table.schema.primaryKey, range: ANY_KEY },
    });
    follower.replaceAll(changes, result as T[]);
    await writeChanges(derived, trans, changes);
    return response;
  }
  const keys: string[] = req.type === 'delete' ? req.keys : req.values.map((value: T) => value.id);
  const readBefore = follower.readsBefore && req.type !== 'add' && keys.length > 0;
  const before: (T | undefined)[] = readBefore ? await table.getMany({ trans, keys }) : [];
  const response = await table.mutate(req);
  const succeeded = (_: unknown, i: number) => !response.failures[i];
  const deleted = req.type === 'delete' ? keys.filter(succeeded) : [];
  // The same id may come twice in one bulk write: the last one is stored.
  const written =
    req.type === 'delete'
      ? []
      : [...new Map(req.values.filter(succeeded).map((value: T) => [value.id, value])).values()];
  follower.describe(
    changes,
    deleted,
    before.filter(succeeded).filter((old): old is T => old !== undefined),
    written,
  );
  await writeChanges(derived, trans, changes);
  return response;
}

function writeChanges(derived: Derived, trans: DBCoreTransaction, changes: Changes): Promise<unknown> {
  // Both start now, side by side. Awaiting one of our own async functions
  // before the next Dexie call would lose Dexie's zone (its idea of the
  // current transaction), which its live-query middleware needs.
  return Promise.all([
    writeIndexChanges(derived.index, trans, changes.index),
    derived.packs && writePackChanges(derived.packs, trans, changes.packs),
    derived.tallies && writeTallyChanges(derived.tallies, derived.totals, trans, changes.tallies),
    derived.summaries && writeSummaryChanges(derived.summaries, trans, changes.summaries),
    derived.speakers && writeListingChanges(derived.speakers, trans, changes.speakers),
  ]);
}

async function writeIndexChanges(
  index: DBCoreTable,
  trans: DBCoreTransaction,
  changes: StanceIndexChanges,
): Promise<void> {
  await writeRows<number, StanceIndexRecord>(index, trans, changes.shards(ALL_SHARDS), (shard, row) =>
    changes.apply(shard, row),
  );
}

/** The tallies first: applying their rows is what finds the changes of the totals (see StatementTallyChanges). */
async function writeTallyChanges(
  tallies: DBCoreTable,
  totals: DBCoreTable | undefined,
  trans: DBCoreTransaction,
  changes: StatementTallyChanges,
): Promise<void> {
  await writeRows<number, StatementTallyRecord>(tallies, trans, changes.shards(ALL_SHARDS), (shard, row) =>
    changes.apply(shard, row),
  );
  if (totals) await writeTotalChanges(totals, trans, changes.totals);
}

async function writeTotalChanges(
  totals: DBCoreTable,
  trans: DBCoreTransaction,
  changes: RegistryTotalChanges,
): Promise<void> {
  await writeRows<number, RegistryTotalRecord>(totals, trans, changes.shards(ALL_SHARDS), (shard, row) =>
    changes.apply(shard, row),
  );
}

async function writeSummaryChanges(
  summaries: DBCoreTable,
  trans: DBCoreTransaction,
  changes: ArticleSummaryChanges,
): Promise<void> {
  await writeRows<number, ArticleSummaryRecord>(summaries, trans, changes.shards(ALL_SHARDS), (shard, row) =>
    changes.apply(shard, row),
  );
}

async function writeListingChanges(
  listings: DBCoreTable,
  trans: DBCoreTransaction,
  changes: SpeakerListingChanges,
): Promise<void> {
  await writeRows<number, SpeakerListingRecord>(listings, trans, changes.shards(ALL_SHARDS), (shard, row) =>
    changes.apply(shard, row),
  );
}

async function writePackChanges(
  packs: DBCoreTable,
  trans: DBCoreTransaction,
  changes: StatementPackChanges,
): Promise<void> {
  if (!changes.all)
    return writeRows<string, StatementPackRecord>(packs, trans, [...changes.packs.keys()], (key, row) =>
      changes.apply(key, row),
    );
  await packs.mutate({ type: 'deleteRange', trans, range: ANY_KEY });
  const rows = statementPackRecords(changes.all);
  if (rows.length > 0) await packs.mutate({ type: 'put', trans, values: rows });
}

/** Read the rows of these keys, and put what `apply` makes of each or delete those it empties. */
async function writeRows<K, R>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  keys: K[],
  apply: (key: K, row: R | undefined) => R | null,
): Promise<void> {
  if (keys.length === 0) return;
  const rows: (R | undefined)[] = await table.getMany({ trans, keys });
  const put: R[] = [];
  const emptied: K[] = [];
  keys.forEach((key, i) => {
    const row = apply(key, rows[i]);
    if (row) put.push(row);
    else if (rows[i]) emptied.push(key);
  });
  if (put.length > 0) await table.mutate({ type: 'put', trans, values: put });
  if (emptied.length > 0) await table.mutate({ type: 'delete', trans, keys: emptied });
}
