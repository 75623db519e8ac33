import { recordsForArticle } from '../../core/exchange/recordsForArticle';
import type { LibraryRecords } from '../../core/model/envelope';
import type { Speaker } from '../../core/model/speaker';
import type { Topic } from '../../core/model/topic';
import { compareIds } from '../../core/text/compareIds';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { readPackedStatements } from '../reads/readPackedStatements';

// In id order (compareIds), as the tables list them: the export is the same however the records were read.
const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);
const stored = <T>(record: T | undefined): record is T => record !== undefined;

/**
 * The part of the library one article's export carries (recordsForArticle
 * decides what: the article, its statements, the speakers and topics they
 * name), read in one transaction through the article's own keys: its
 * statement packs and the speakers and topics by id, never another article.
 * Records come in id order, as the tables list them, so the file is the one
 * a cut of the whole library gives.
 */
export async function exportArticle(db: QuotemarkDatabase, articleId: string): Promise<LibraryRecords> {
  const records = await db.transaction(
    'r',
    [db.articles, db.speakers, db.topics, db.statements, db.statementPacks],
    async () => {
      const [article, statements] = await Promise.all([
        db.articles.get(articleId),
        readPackedStatements(db, articleId),
      ]);
      const speakerIds = [...new Set(statements.flatMap((s) => (s.speakerId === null ? [] : [s.speakerId])))];
      const topicIds = [...new Set(statements.flatMap((s) => (s.topicId === undefined ? [] : [s.topicId])))];
      const [speakers, topics] = await Promise.all([db.speakers.bulkGet(speakerIds), db.topics.bulkGet(topicIds)]);
      return {
        articles: article ? [article] : [],
        speakers: speakers.filter(stored<Speaker>).sort(byId),
        topics: topics.filter(stored<Topic>).sort(byId),
        statements: statements.sort(byId),
      };
    },
  );
  return recordsForArticle(records, articleId);
}
