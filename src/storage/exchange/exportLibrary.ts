import { buildEnvelope } from '../../core/exchange/buildEnvelope';
import type { Envelope } from '../../core/model/envelope';
import type { Statement } from '../../core/model/statement';
import { compareIds } from '../../core/text/compareIds';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { readPackedStatements } from '../reads/readPackedStatements';

// In id order (compareIds), as the statements table lists them, though read from the packs.
const byId = (a: Statement, b: Statement) => compareIds(a.id, b.id);

/**
 * The whole library as the native export envelope. One read transaction over
 * all four tables, so a statement is never exported without its speaker or
 * article because a write slipped in between two reads. Statements come
 * from the statement packs (10,000 records take ~6 times as long to read
 * as to write out as JSON).
 */
export async function exportLibrary(db: QuotemarkDatabase, now: Date = new Date()): Promise<Envelope> {
  const records = await db.transaction(
    'r',
    [db.articles, db.speakers, db.topics, db.statements, db.statementPacks],
    async () => {
      const [articles, speakers, topics, statements] = await Promise.all([
        db.articles.toArray(),
        db.speakers.toArray(),
        db.topics.toArray(),
        readPackedStatements(db),
      ]);
      // In id order, as the statements table lists them: the file is the same whichever copy was read.
      return { articles, speakers, topics, statements: statements.sort(byId) };
    },
  );
  return buildEnvelope(records, now);
}
