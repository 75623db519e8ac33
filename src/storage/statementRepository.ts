import { StatementSchema, type Statement } from '../core/model/statement';
import { err, ok, type Result } from '../core/result';
import { StatementDraftSchema, type StatementDraft } from '../core/statements/statementDraft';
import { issueSentence } from './issueSentence';
import type { QuotemarkDatabase } from './QuotemarkDatabase';
import { Refusal, settleRefusal } from './Refusal';
import { resolveSpeaker } from './resolveSpeaker';
import { resolveTopic } from './resolveTopic';
import { withoutUndefined } from './withoutUndefined';

export { reattachStatement } from './reattachStatement';

/**
 * Reading order: earlier quotes first; of two starting together the longer
 * (enclosing) one first, so nested highlights follow their container.
 */
function byPosition(a: Statement, b: Statement): number {
  return a.quote.start - b.quote.start || b.quote.end - a.quote.end || a.createdAt.localeCompare(b.createdAt);
}

/** The statements of one article in reading order. */
export async function listStatementsForArticle(db: QuotemarkDatabase, articleId: string): Promise<Statement[]> {
  const statements = await db.statements.where('articleId').equals(articleId).toArray();
  return statements.sort(byPosition);
}

/** Every statement in the library, grouped by article, each in reading order. */
export async function listAllStatements(db: QuotemarkDatabase): Promise<Statement[]> {
  const statements = await db.statements.toArray();
  return statements.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : byPosition(a, b)));
}

/**
 * Store what the statement form submitted: a new statement, or an edit of
 * `draft.id`. The speaker and topic it names are picked or created in the
 * same transaction as the statement, so a refusal at any step leaves the
 * library exactly as it was.
 */
export async function saveStatement(
  db: QuotemarkDatabase,
  draft: StatementDraft,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Result<Statement>> {
  const parsed = StatementDraftSchema.safeParse(draft);
  if (!parsed.success) return err(issueSentence('The statement could not be saved', parsed.error));
  const d = parsed.data;
  const stamp = now.toISOString();
  // articles is in scope only to be read: the quote is checked against the
  // text as it stands when the statement is written, not a moment before.
  return settleRefusal(() =>
    db.transaction('rw', [db.articles, db.speakers, db.topics, db.statements], async () => {
      const article = await db.articles.get(d.articleId);
      if (!article) throw new Refusal('The article of this statement is not in the library any more.');
      const { start, end, exact } = d.quote;
      if (article.text.slice(start, end) !== exact) {
        throw new Refusal(
          `The quoted text does not match the article at characters ${start}–${end}. Select the passage in the article again.`,
        );
      }
      const previous = d.id === undefined ? undefined : await db.statements.get(d.id);
      if (d.id !== undefined && !previous) throw new Refusal('The statement being edited no longer exists.');
      if (previous && previous.articleId !== d.articleId) {
        throw new Refusal('The statement being edited belongs to another article.');
      }
      const speakerId = await resolveSpeaker(db, d.speaker, d.roleAtTime, stamp, newId);
      const topicId = await resolveTopic(db, d.topic, newId);
      const checked = StatementSchema.safeParse(
        withoutUndefined({
          id: previous?.id ?? newId(),
          articleId: d.articleId,
          speakerId,
          quote: d.quote,
          cue: previous?.cue,
          kind: d.kind,
          roleAtTime: d.roleAtTime,
          claim: d.claim,
          topicId,
          stance: d.stance,
          tags: previous?.tags ?? [],
          note: d.note,
          origin: previous?.origin ?? 'manual',
          status: previous?.status ?? 'confirmed',
          createdAt: previous?.createdAt ?? stamp,
          updatedAt: stamp,
        }),
      );
      // Thrown, not returned: a speaker or topic made above must roll back.
      if (!checked.success) throw new Refusal(issueSentence('The statement could not be saved', checked.error));
      const statement = withoutUndefined(checked.data);
      await db.statements.put(statement);
      return statement;
    }),
  );
}

/** Remove one statement; its speaker and topic stay in their registries. */
export function deleteStatement(db: QuotemarkDatabase, id: string): Promise<Result<void>> {
  return db.transaction('rw', db.statements, async (): Promise<Result<void>> => {
    if ((await db.statements.where('id').equals(id).count()) === 0) {
      return err('That statement is not in the library any more.');
    }
    await db.statements.delete(id);
    return ok(undefined);
  });
}
