import type { LibraryRecords } from '../model/envelope';
import type { Statement } from '../model/statement';
import type { UnplacedStatement } from './ImportPlan';
import { placeAnchor } from './placeAnchor';

/**
 * Incoming records adjusted so an import never rewrites the text of an
 * article the library already holds (its statements are anchored to it):
 * such an article keeps the library's text, and incoming statements on it
 * are placed in that text by their exact words. Statements whose words are
 * not in it are left out and returned as unplaced. Orphaned statements keep
 * their last anchor. Doing this before comparing keeps imports idempotent.
 */
export function fitToLibraryTexts(
  incoming: LibraryRecords,
  existing: LibraryRecords,
): { records: LibraryRecords; unplaced: UnplacedStatement[] } {
  const libraryText = new Map(existing.articles.map((article) => [article.id, article]));
  const differing = new Map<string, string>();
  const articles = incoming.articles.map((article) => {
    const mine = libraryText.get(article.id);
    if (mine === undefined || mine.text === article.text) return article;
    differing.set(article.id, mine.text);
    return { ...article, text: mine.text, textSha256: mine.textSha256 };
  });
  if (differing.size === 0) return { records: incoming, unplaced: [] };
  const unplaced: UnplacedStatement[] = [];
  const statements: Statement[] = [];
  for (const statement of incoming.statements) {
    const text = differing.get(statement.articleId);
    if (text === undefined || statement.orphanedAt !== undefined) {
      statements.push(statement);
      continue;
    }
    const quote = placeAnchor(text, statement.quote);
    const cue = statement.cue === undefined ? undefined : placeAnchor(text, statement.cue);
    if (quote === null || cue === null) {
      unplaced.push({ id: statement.id, articleId: statement.articleId, exact: statement.quote.exact });
    } else {
      statements.push({ ...statement, quote, ...(cue === undefined ? {} : { cue }) });
    }
  }
  return { records: { ...incoming, articles, statements }, unplaced };
}
