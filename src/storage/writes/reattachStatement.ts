import { createAnchor } from '../../core/anchoring/createAnchor';
import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import { AnchorSchema, type Anchor } from '../../core/model/anchor';
import type { Change } from '../../core/model/change';
import { StatementSchema, type Statement } from '../../core/model/statement';
import { err, type Result } from '../../core/result';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/** A re-attached statement and the step that did it, for the undo history. */
export interface ReattachedStatement {
  statement: Statement;
  change: Change;
}

/**
 * Anchor a statement to a new quote in its article's current text, typically
 * an orphan whose quote an edit deleted: the statement is no longer an
 * orphan afterwards. The quote must match the text at its offsets; its
 * context is taken from the text. A cue that no longer matches the text is
 * dropped, since it pointed into the old one.
 */
export async function reattachStatement(
  db: QuotemarkDatabase,
  statementId: string,
  quote: Anchor,
  now: Date = new Date(),
): Promise<Result<ReattachedStatement>> {
  const parsed = AnchorSchema.safeParse(quote);
  if (!parsed.success) return err(issueSentence('The statement could not be re-attached', parsed.error));
  const { start, end, exact } = parsed.data;
  return settleRefusal(() =>
    db.transaction('rw', db.articles, db.statements, async () => {
      const statement = await db.statements.get(statementId);
      if (!statement) throw new Refusal('That statement is not in the library any more.');
      const article = await db.articles.get(statement.articleId);
      if (!article) throw new Refusal('The article of this statement is not in the library any more.');
      const anchor = article.text.slice(start, end) === exact ? createAnchor(article.text, start, end) : null;
      if (!anchor) {
        throw new Refusal(
          `The selected text does not match the article at characters ${start}–${end}. Select the passage in the article again.`,
        );
      }
      const { cue } = statement;
      const next: Statement = { ...statement, quote: anchor, updatedAt: now.toISOString() };
      delete next.orphanedAt;
      if (cue && article.text.slice(cue.start, cue.end) !== cue.exact) delete next.cue;
      const checked = StatementSchema.safeParse(next);
      if (!checked.success) throw new Refusal(issueSentence('The statement could not be re-attached', checked.error));
      const record = withoutUndefined(checked.data);
      await db.statements.put(record);
      const change = new ChangeBuilder('re-attach statement')
        .record('statements', record.id, statement, record)
        .build();
      return { statement: record, change };
    }),
  );
}
