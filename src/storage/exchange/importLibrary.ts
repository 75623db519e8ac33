import { statementFits } from '../../core/anchoring/statementFits';
import { LIBRARY_TABLES, type ImportPlan, type LibraryTable } from '../../core/import/ImportPlan';
import { ArticleSchema, type Article } from '../../core/model/article';
import type { LibraryRecords } from '../../core/model/envelope';
import { SpeakerSchema } from '../../core/model/speaker';
import { StatementSchema } from '../../core/model/statement';
import { TopicSchema } from '../../core/model/topic';
import { err, ok, type Result } from '../../core/result';
import { exportLibrary } from './exportLibrary';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal } from '../database/Refusal';

/** How many records an import wrote, by table. */
export type ImportSummary = Record<LibraryTable, number>;

/**
 * Why an import wrote nothing: an article changed after the file was read
 * (its text saved or undone elsewhere), so the plan's placements no longer
 * hold and the file must be read again; or another refusal, in words.
 */
export type ImportRefusal = { code: 'article-changed'; articleTitle: string } | { code: 'refused'; message: string };

class ArticleChanged extends Error {
  override readonly name = 'ArticleChanged';
  constructor(readonly articleTitle: string) {
    super(`The article "${articleTitle}" changed since the import was planned.`);
  }
}

const SCHEMAS = { articles: ArticleSchema, speakers: SpeakerSchema, topics: TopicSchema, statements: StatementSchema };

/** Every record of the library, as planImport compares them (one read transaction). */
export async function readLibraryRecords(db: QuotemarkDatabase): Promise<LibraryRecords> {
  const { articles, speakers, topics, statements } = await exportLibrary(db);
  return { articles, speakers, topics, statements };
}

/**
 * Write what a plan says, all or nothing: one read-write transaction over
 * the four tables. Every record is validated first. The plan was made
 * against the library as it was when the file was read; inside the
 * transaction, an article it overwrites must still be as planned, and every
 * written statement that is not an orphan must fit (statementFits) the text
 * its article will have (written with it, or stored now). After the writes
 * every written statement must find its article, speaker and topic in the
 * store. Otherwise the transaction rolls back and the library is unchanged.
 */
export async function importLibrary(
  db: QuotemarkDatabase,
  plan: ImportPlan,
): Promise<Result<ImportSummary, ImportRefusal>> {
  try {
    return ok(await writePlan(db, plan));
  } catch (error) {
    if (error instanceof ArticleChanged) return err({ code: 'article-changed', articleTitle: error.articleTitle });
    if (error instanceof Refusal) return err({ code: 'refused', message: error.message });
    throw error;
  }
}

function writePlan(db: QuotemarkDatabase, plan: ImportPlan): Promise<ImportSummary> {
  return db.transaction('rw', [db.articles, db.speakers, db.topics, db.statements], async () => {
    const { write } = plan;
    for (const table of LIBRARY_TABLES) {
      const bad = write[table].findIndex((record) => !SCHEMAS[table].safeParse(record).success);
      if (bad !== -1)
        throw new Refusal(`The import was refused: record ${write[table][bad]?.id ?? bad} in ${table} is not valid.`);
    }
    await checkUnchanged(db, plan);
    await db.articles.bulkPut(write.articles);
    await db.speakers.bulkPut(write.speakers);
    await db.topics.bulkPut(write.topics);
    await db.statements.bulkPut(write.statements);
    await checkLinks(db, write);
    return {
      articles: write.articles.length,
      speakers: write.speakers.length,
      topics: write.topics.length,
      statements: write.statements.length,
    };
  });
}

/**
 * Refuse (ArticleChanged) when an article the plan overwrites is not as it
 * was planned against, or when a written statement does not fit the text
 * its article will have. Runs inside the import's transaction, so no save
 * can come between this check and the writes.
 */
async function checkUnchanged(db: QuotemarkDatabase, plan: ImportPlan): Promise<void> {
  const { write, articleBasis } = plan;
  const basis = new Map(articleBasis.map((b) => [b.id, b]));
  const stored = await db.articles.bulkGet(write.articles.map((a) => a.id));
  write.articles.forEach((article, i) => {
    const now = stored[i];
    const was = basis.get(article.id);
    // Planned as new: another tab may have added it since; planned over a version: it must still be that one.
    const changed = was
      ? now?.textSha256 !== was.textSha256 || now.updatedAt !== was.updatedAt
      : now !== undefined && now.textSha256 !== article.textSha256;
    if (changed) throw new ArticleChanged(now?.title ?? article.title);
  });
  const articles = new Map<string, Article>(write.articles.map((a) => [a.id, a]));
  const others = [...new Set(write.statements.map((s) => s.articleId).filter((id) => !articles.has(id)))];
  (await db.articles.bulkGet(others)).forEach((article) => {
    if (article) articles.set(article.id, article);
  });
  for (const statement of write.statements) {
    const article = articles.get(statement.articleId);
    // A missing article is checkLinks' refusal; an orphan has no words to fit.
    if (article && statement.orphanedAt === undefined && !statementFits(statement, article.text))
      throw new ArticleChanged(article.title);
  }
}

async function checkLinks(db: QuotemarkDatabase, write: LibraryRecords): Promise<void> {
  const unique = (ids: (string | null | undefined)[]) => [
    ...new Set(ids.filter((id): id is string => typeof id === 'string')),
  ];
  const missing = async (table: 'articles' | 'speakers' | 'topics', ids: string[]) => {
    const found = await db[table].bulkGet(ids);
    return ids.filter((_, i) => found[i] === undefined);
  };
  const lost = [
    ...(await missing('articles', unique(write.statements.map((s) => s.articleId)))).map((id) => `article "${id}"`),
    ...(await missing('speakers', unique(write.statements.map((s) => s.speakerId)))).map((id) => `speaker "${id}"`),
    ...(await missing('topics', unique(write.statements.map((s) => s.topicId)))).map((id) => `topic "${id}"`),
  ];
  if (lost.length > 0) {
    throw new Refusal(
      `The import was refused, and nothing was written: statements name ${lost.slice(0, 3).join(', ')}, not in the library.`,
    );
  }
}
