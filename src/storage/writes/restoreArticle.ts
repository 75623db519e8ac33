import { ArticleSchema } from '../../core/model/article';
import { StatementSchema } from '../../core/model/statement';
import { err, type Result } from '../../core/result';
import type { DeletedArticle } from './deleteArticle';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/**
 * Put back an article and its statements as deleteArticle returned them, in
 * one transaction (the Undo of a deletion). Refused, with nothing written,
 * when an article or statement with the same id is in the library again, or
 * a speaker or topic the statements name has been deleted since.
 */
export async function restoreArticle(db: QuotemarkDatabase, deleted: DeletedArticle): Promise<Result<void>> {
  const article = ArticleSchema.safeParse(deleted.article);
  if (!article.success) return err(issueSentence('The article could not be restored', article.error));
  for (const statement of deleted.statements) {
    const parsed = StatementSchema.safeParse(statement);
    if (!parsed.success) return err(issueSentence('A statement of the article could not be restored', parsed.error));
    if (statement.articleId !== article.data.id) return err('A statement to restore belongs to another article.');
  }
  const statements = deleted.statements.map((s) => withoutUndefined(s));
  const speakerIds = [...new Set(statements.flatMap((s) => (s.speakerId === null ? [] : [s.speakerId])))];
  const topicIds = [...new Set(statements.flatMap((s) => (s.topicId === undefined ? [] : [s.topicId])))];
  return settleRefusal(() =>
    db.transaction('rw', [db.articles, db.statements, db.speakers, db.topics], async () => {
      if (await db.articles.get(article.data.id)) {
        throw new Refusal('An article with the same id is in the library again, so the deleted one was not restored.');
      }
      const taken = await db.statements.bulkGet(statements.map((s) => s.id));
      if (taken.some((s) => s !== undefined)) {
        throw new Refusal('Some statements of the deleted article are in the library again, so it was not restored.');
      }
      const [speakers, topics] = await Promise.all([db.speakers.bulkGet(speakerIds), db.topics.bulkGet(topicIds)]);
      if (speakers.includes(undefined) || topics.includes(undefined)) {
        throw new Refusal(
          'A speaker or topic of the deleted article has been deleted since, so the article was not restored.',
        );
      }
      await db.articles.add(withoutUndefined(article.data));
      await db.statements.bulkAdd(statements);
    }),
  );
}
