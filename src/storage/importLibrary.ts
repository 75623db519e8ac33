import { LIBRARY_TABLES, type ImportPlan, type LibraryTable } from '../core/import/ImportPlan';
import { ArticleSchema } from '../core/model/article';
import type { LibraryRecords } from '../core/model/envelope';
import { SpeakerSchema } from '../core/model/speaker';
import { StatementSchema } from '../core/model/statement';
import { TopicSchema } from '../core/model/topic';
import type { Result } from '../core/result';
import { exportLibrary } from './exportLibrary';
import type { QuotemarkDatabase } from './QuotemarkDatabase';
import { Refusal, settleRefusal } from './Refusal';

/** How many records an import wrote, by table. */
export type ImportSummary = Record<LibraryTable, number>;

const SCHEMAS = { articles: ArticleSchema, speakers: SpeakerSchema, topics: TopicSchema, statements: StatementSchema };

/** Every record of the library, as planImport compares them (one read transaction). */
export async function readLibraryRecords(db: QuotemarkDatabase): Promise<LibraryRecords> {
  const { articles, speakers, topics, statements } = await exportLibrary(db);
  return { articles, speakers, topics, statements };
}

/**
 * Write what a plan says, all or nothing: one read-write transaction over
 * the four tables. Every record is validated first, and after the writes
 * every written statement must find its article, speaker and topic in the
 * store; otherwise the transaction rolls back and the library is unchanged.
 */
export async function importLibrary(db: QuotemarkDatabase, plan: ImportPlan): Promise<Result<ImportSummary>> {
  return settleRefusal(() =>
    db.transaction('rw', [db.articles, db.speakers, db.topics, db.statements], async () => {
      const { write } = plan;
      for (const table of LIBRARY_TABLES) {
        const bad = write[table].findIndex((record) => !SCHEMAS[table].safeParse(record).success);
        if (bad !== -1) throw new Refusal(`The import was refused: record ${write[table][bad]?.id ?? bad} in ${table} is not valid.`);
      }
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
    }),
  );
}

async function checkLinks(db: QuotemarkDatabase, write: LibraryRecords): Promise<void> {
  const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
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
    throw new Refusal(`The import was refused, and nothing was written: statements name ${lost.slice(0, 3).join(', ')}, not in the library.`);
  }
}
