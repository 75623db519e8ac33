import type { Statement } from '../../core/model/statement';
import { fnv1a } from '../../core/text/fnv1a';

/** The table name of the statement packs. */
export const STATEMENT_PACKS = 'statementPacks';

/**
 * How many packs an article's statements are spread over. Opening an
 * article reads them all, so few is fast (Chromium's IndexedDB pays per
 * record far more than per byte: 2,000 statement records take ~75 ms to
 * read on a warm page, the same as 8 packed strings ~20 ms); each save
 * rewrites one, so more keep a save small (a 2,000-statement article:
 * ~120 kB a pack).
 */
export const STATEMENT_PACK_PARTS = 8;

/**
 * A second copy of some of an article's statements, whole, as one JSON
 * string: the statements of that article whose id hashes to this part.
 * Kept by derivedTablesMiddleware in the same transaction as every write to
 * the statements table, so opening an article and exporting the library
 * read a few strings instead of a record per statement. The statements
 * table stays the record of truth; every other read goes there.
 */
export interface StatementPackRecord {
  /** `${articleId}/${part}` */
  key: string;
  articleId: string;
  part: number;
  /** JSON of Statement[], in no particular order. */
  statements: string;
}

/** The pack a statement belongs in. */
export function packKeyOf({ id, articleId }: Pick<Statement, 'id' | 'articleId'>): string {
  return `${articleId}/${fnv1a(id) % STATEMENT_PACK_PARTS}`;
}

/** A pack of these statements (all of one article and one part), stored under `key`. */
export function statementPack(key: string, statements: readonly Statement[]): StatementPackRecord {
  const slash = key.lastIndexOf('/');
  return {
    key,
    articleId: key.slice(0, slash),
    part: Number(key.slice(slash + 1)),
    statements: JSON.stringify(statements),
  };
}

/** The statements a pack holds. */
export function unpackStatements(pack: StatementPackRecord): Statement[] {
  return JSON.parse(pack.statements) as Statement[];
}

/** Every pack of these statements, built from scratch (the v4 upgrade, a cleared range). */
export function statementPackRecords(statements: Iterable<Statement>): StatementPackRecord[] {
  const byKey = new Map<string, Statement[]>();
  for (const statement of statements) {
    const key = packKeyOf(statement);
    const pack = byKey.get(key);
    if (pack) pack.push(statement);
    else byKey.set(key, [statement]);
  }
  return [...byKey].map(([key, pack]) => statementPack(key, pack));
}
