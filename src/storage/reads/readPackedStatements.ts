import type { Statement } from '../../core/model/statement';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { unpackStatements } from '../derived/StatementPackRecord';

/**
 * The statements of one article, or of the whole library, read from the
 * statement packs: a few strings instead of a record per statement. In no
 * particular order. Run it inside a read transaction over statements and
 * statementPacks.
 *
 * The statements table stays the record of truth: should the packs ever
 * hold another number of statements than it (a bug in keeping them), the
 * records are read instead, so no view and no backup misses one. Counting
 * costs IndexedDB no deserialising.
 */
export async function readPackedStatements(db: QuotemarkDatabase, articleId?: string): Promise<Statement[]> {
  const records = () =>
    articleId === undefined ? db.statements.toCollection() : db.statements.where('articleId').equals(articleId);
  const packs =
    articleId === undefined
      ? db.statementPacks.toArray()
      : db.statementPacks.where('articleId').equals(articleId).toArray();
  const [read, count] = await Promise.all([packs, records().count()]);
  const statements = read.flatMap(unpackStatements);
  return statements.length === count ? statements : records().toArray();
}
