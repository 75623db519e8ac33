import { registryCounts, type RegistryCount } from '../../core/review/articleTally';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { unpackTally } from '../derived/StatementTallyRecord';

/**
 * Each speaker's and each topic's statements that count and the articles
 * they are in, by id, summed from the statement tallies: 16 rows, however
 * many statements the library holds. Ids no statement that counts names
 * are absent. Run it inside a read transaction over statementTallies.
 */
export async function readRegistryCounts(
  db: QuotemarkDatabase,
): Promise<{ speakers: Map<string, RegistryCount>; topics: Map<string, RegistryCount> }> {
  const rows = await db.statementTallies.toArray();
  return registryCounts(rows.flatMap((row) => Object.values(row.articles).map(unpackTally)));
}
