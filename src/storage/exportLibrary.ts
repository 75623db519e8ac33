import { buildEnvelope } from '../core/exchange/buildEnvelope';
import type { Envelope } from '../core/model/envelope';
import type { QuotemarkDatabase } from './QuotemarkDatabase';

/**
 * The whole library as the native export envelope. One read transaction over
 * all four tables, so a statement is never exported without its speaker or
 * article because a write slipped in between two reads.
 */
export async function exportLibrary(db: QuotemarkDatabase, now: Date = new Date()): Promise<Envelope> {
  const records = await db.transaction('r', [db.articles, db.speakers, db.topics, db.statements], async () => {
    const [articles, speakers, topics, statements] = await Promise.all([
      db.articles.toArray(),
      db.speakers.toArray(),
      db.topics.toArray(),
      db.statements.toArray(),
    ]);
    return { articles, speakers, topics, statements };
  });
  return buildEnvelope(records, now);
}
