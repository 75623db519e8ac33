import type { StanceEntry, StanceRecords } from '../core/review/StanceEntry';
import type { QuotemarkDatabase } from './QuotemarkDatabase';
import { unpackEntries } from './StanceIndexRecord';

/** What the Stances view is drawn from: the stance index in place of the statements. */
export interface StanceLibrary extends StanceRecords {
  statements: StanceEntry[];
}

/**
 * Articles (without their text), speakers, topics and the stance entry of
 * every statement that counts, in one read transaction. Entries come in
 * index order (by shard, then article), not by id: stanceMatrix does not
 * depend on the order of its input, so the matrix is the one the full
 * records give (test/unit/storage/stanceIndex.test.ts checks it).
 */
export function readStanceRecords(db: QuotemarkDatabase): Promise<StanceLibrary> {
  return db.transaction('r', [db.articles, db.speakers, db.topics, db.stanceIndex], async () => {
    const [articles, speakers, topics, index] = await Promise.all([
      db.articles.toArray(),
      db.speakers.toArray(),
      db.topics.toArray(),
      db.stanceIndex.toArray(),
    ]);
    const statements = index.flatMap((row) => Object.entries(row.articles).flatMap(([articleId, packed]) => unpackEntries(articleId, packed)));
    return {
      articles: articles.map(({ id, title, publishedAt, createdAt }) => (publishedAt === undefined ? { id, title, createdAt } : { id, title, publishedAt, createdAt })),
      speakers,
      topics,
      statements,
    };
  });
}
