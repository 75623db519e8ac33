import type { LibraryRecords } from '../model/envelope';
import type { Statement } from '../model/statement';
import type { Placement } from './ImportPlan';
import { placeStatements } from './placeStatements';

/**
 * Incoming records adjusted so an import never rewrites the text of an
 * article the library already holds (its statements are anchored to it):
 * such an article keeps the library's text, and incoming statements on it
 * are placed in that text (placeStatements: by offsets, then by words and
 * context, then approximately). Statements that cannot be placed are left
 * out and reported. Doing this before comparing keeps imports idempotent.
 */
export function fitToLibraryTexts(
  incoming: LibraryRecords,
  existing: LibraryRecords,
  pathOf: (statement: Statement) => string,
): { records: LibraryRecords; placement: Placement } {
  const library = new Map(existing.articles.map((article) => [article.id, article]));
  const differing = new Map<string, string>();
  const articles = incoming.articles.map((article) => {
    const mine = library.get(article.id);
    if (mine === undefined || mine.text === article.text) return article;
    differing.set(article.id, mine.text);
    return { ...article, text: mine.text, textSha256: mine.textSha256 };
  });
  if (differing.size === 0) return { records: incoming, placement: { placed: [], unplaced: [] } };
  const placed = placeStatements(incoming.statements, (statement) => differing.get(statement.articleId), pathOf);
  return { records: { ...incoming, articles, statements: placed.statements }, placement: placed.placement };
}
