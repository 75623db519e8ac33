import { jsonItems, splitJsonItems } from '../../core/exchange/EnvelopeJsonWriter';
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
  /**
   * JSON of Statement[], in no particular order, written as the native
   * export lists statements (packText), so exporting copies it instead of
   * parsing and writing it again. Packs written before are compact JSON;
   * both parse alike.
   */
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
    statements: packText(statements),
  };
}

/**
 * Statements as a JSON array whose items are the export's own text for
 * them (jsonItems: each at the depth the export file holds them), between
 * '[' and ']' on lines of their own: JSON like any other, and a pack the
 * export can cut into items (exportItems) without parsing it.
 */
function packText(statements: readonly Statement[]): string {
  return statements.length === 0 ? '[]' : `[\n${jsonItems(statements)}\n]`;
}

/** What exportItems gives: a statement's id and its text in the export file. */
export interface ExportItem {
  id: string;
  text: string;
}

// A statement's own "id" field in its export text: fields of the item sit six spaces in, deeper objects' further.
const ID_FIELD = '\n      "id": ';

/**
 * The pack's statements as the export file lists them, each with its id (for
 * the file's order): cut from the pack's text, or, for a pack written
 * compact (before packs were kept in the export's text), parsed and written.
 */
export function exportItems(pack: StatementPackRecord): ExportItem[] {
  const text = pack.statements;
  if (!text.startsWith('[\n')) {
    const statements = unpackStatements(pack);
    return splitJsonItems(jsonItems(statements), statements.length).map((item, i) => ({
      id: statements[i]?.id ?? '',
      text: item,
    }));
  }
  return splitJsonItems(text.slice(2, -2)).map((item) => {
    const at = item.indexOf(ID_FIELD);
    const end = item.indexOf('\n', at + ID_FIELD.length);
    if (at < 0 || end < 0) throw new Error(`a packed statement of ${pack.key} has no id`);
    // The id's JSON string, without the comma after it: a string holds no raw line break.
    return { id: JSON.parse(item.slice(at + ID_FIELD.length, end).replace(/,$/, '')) as string, text: item };
  });
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
