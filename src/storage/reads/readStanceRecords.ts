import { StanceColumnsBuilder, type StanceColumnRecords } from '../../core/review/StanceColumns';
import type { StanceEntry } from '../../core/review/StanceEntry';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { addPackedEntries, unpackEntries } from '../derived/StanceIndexRecord';
import { sharedLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';
import { warmQueries } from './warmQueries';

/** What the Stances view is drawn from: the stance index in place of articles and statements. */
export interface StanceLibrary extends StanceColumnRecords {
  /** The index's entries as stored, packed, by article id: see stanceEntries. */
  packed: ReadonlyMap<string, string>;
}

/**
 * Articles (what the index keeps of them: no text), speakers, topics and the
 * stance entry of every statement that counts, in one read transaction,
 * decoded straight into columns (StanceColumns) for stanceMatrix: no object
 * is made per statement. Entries and articles come in index order (by
 * shard), not by id: stanceMatrix does not depend on the order of its input,
 * so the matrix is the one the full records give
 * (test/unit/storage/stanceIndex.test.ts checks it).
 */
export function readStanceRecords(db: QuotemarkDatabase): Promise<StanceLibrary> {
  return db.transaction('r', [db.speakers, db.topics, db.stanceIndex], async () => {
    const [speakers, topics, index] = await Promise.all([
      db.speakers.toArray(),
      db.topics.toArray(),
      db.stanceIndex.toArray(),
    ]);
    const packed = new Map(index.flatMap((row) => Object.entries(row.entries)));
    const columns = new StanceColumnsBuilder({ speakers, topics });
    for (const [articleId, entries] of packed) addPackedEntries(columns, articleId, entries);
    return {
      articles: index.flatMap((row) => Object.values(row.articles)),
      speakers,
      topics,
      columns: columns.build(),
      packed,
    };
  });
}

/** Every entry of the index as read, whether or not its speaker and topic are still there (for tests and checks). */
export function stanceEntries(library: Pick<StanceLibrary, 'packed'>): StanceEntry[] {
  return [...library.packed].flatMap(([articleId, packed]) => unpackEntries(articleId, packed));
}

/** The Stances view's records, live, shared by whoever watches them. */
export function liveStanceRecords(db: QuotemarkDatabase): SharedLiveQuery<StanceLibrary> {
  return sharedLiveQuery(`${db.name}/stance-records`, () => readStanceRecords(db));
}

/** Start reading the Stances view's records before the view is there to watch them. */
export function warmStanceRecords(db: QuotemarkDatabase): void {
  warmQueries(db, [liveStanceRecords(db)]);
}
