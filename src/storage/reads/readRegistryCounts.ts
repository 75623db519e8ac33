import type { RegistryCount } from '../../core/review/articleTally';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import type { PackedCount } from '../derived/RegistryTotalRecord';

/**
 * Each speaker's and each topic's statements that count and the articles
 * they are in, by id, from the registry totals: 16 small rows, however many
 * statements and articles the library holds. Ids no statement that counts
 * names are absent. Run it inside a read transaction over registryTotals.
 */
export async function readRegistryCounts(
  db: QuotemarkDatabase,
): Promise<{ speakers: Map<string, RegistryCount>; topics: Map<string, RegistryCount> }> {
  const rows = await db.registryTotals.toArray();
  const unpack = ([id, [statementCount, articleCount]]: [string, PackedCount]): [string, RegistryCount] => [
    id,
    { statementCount, articleCount },
  ];
  return {
    speakers: new Map(rows.flatMap((row) => Object.entries(row.speakers).map(unpack))),
    topics: new Map(rows.flatMap((row) => Object.entries(row.topics).map(unpack))),
  };
}
