import { statementFits } from '../../core/anchoring/statementFits';
import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import { recordsEqual } from '../../core/history/recordsEqual';
import type { Change } from '../../core/model/change';
import { ArticleSchema, MAX_TEXT_LENGTH, type Article } from '../../core/model/article';
import { StatementSchema, type Statement } from '../../core/model/statement';
import { err, ok, type Result } from '../../core/result';
import { canonicalText } from '../../core/text/canonicalText';
import { textSha256 } from '../../core/text/textSha256';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/** The edited article as stored, and the step that undoes and redoes the edit. */
export interface SavedArticleText {
  article: Article;
  /** The article's text, hash and updatedAt, and every statement the edit moved or orphaned, before and after. */
  change: Change;
}

/**
 * Why an edit of the text was not saved: `text-changed` when the stored text
 * is no longer the one the edit began from (an undo or redo since, or an
 * edit in another tab), so the edit's anchors map from a text that is gone;
 * `refused` for every other reason, said in `message`.
 */
export interface SaveTextError {
  code: 'text-changed' | 'refused';
  message: string;
}

/**
 * Store an edit of an article's text together with its statements carried
 * over to the new text (see rebaseStatements), in one transaction: the text
 * and the anchors into it never disagree, not even for a moment.
 *
 * Refused, with nothing written, when the stored text is not the one the
 * edit began from (`baseTextSha256`, its hash): saving would silently throw
 * away whatever replaced it. Refused too unless the text is canonical and not empty,
 * every statement given is valid and belongs to the article, and afterwards
 * every statement of the article that is not an orphan (given or not) has
 * its quote and cue exactly where its offsets say in the new text.
 */
export async function saveArticleText(
  db: QuotemarkDatabase,
  articleId: string,
  baseTextSha256: string,
  newText: string,
  statements: readonly Statement[],
  now: Date = new Date(),
): Promise<Result<SavedArticleText, SaveTextError>> {
  const problem = textProblem(newText) ?? statementsProblem(articleId, newText, statements);
  if (problem) return err({ code: 'refused', message: problem });
  // Hashed first: awaiting anything but Dexie inside the transaction would
  // let IndexedDB commit it early.
  const sha = await textSha256(newText);
  const records = statements.map((s) => withoutUndefined(s));
  const given = new Set(records.map((s) => s.id));
  const settled = await settleRefusal(() =>
    db.transaction('rw', db.articles, db.statements, async (): Promise<Result<SavedArticleText, SaveTextError>> => {
      const article = await db.articles.get(articleId);
      if (!article) throw new Refusal('The article is not in the library any more, so its edited text was not saved.');
      if (article.textSha256 !== baseTextSha256) {
        return err({
          code: 'text-changed',
          message: 'The text of the article changed since the edit began, so the edit was not saved.',
        });
      }
      const stored = await db.statements.where('articleId').equals(articleId).toArray();
      const storedIds = new Set(stored.map((s) => s.id));
      const missing = records.find((s) => !storedIds.has(s.id));
      if (missing) {
        const elsewhere = await db.statements.get(missing.id);
        throw new Refusal(
          elsewhere
            ? 'A statement being carried over to the edited text belongs to another article. Nothing was saved.'
            : 'A statement was deleted while the text was being edited. Nothing was saved; edit the text again.',
        );
      }
      const stale = stored.filter(
        (s) => !given.has(s.id) && s.orphanedAt === undefined && !statementFits(s, newText),
      ).length;
      if (stale > 0) {
        throw new Refusal(
          `${stale === 1 ? 'One statement' : `${stale} statements`} of this article would no longer match the edited text. Nothing was saved; edit the text again.`,
        );
      }
      const checked = ArticleSchema.safeParse({
        ...article,
        text: newText,
        textSha256: sha,
        updatedAt: now.toISOString(),
      });
      if (!checked.success) throw new Refusal(issueSentence('The edited text could not be saved', checked.error));
      const next = withoutUndefined(checked.data);
      await db.articles.put(next);
      await db.statements.bulkPut(records);
      const change = new ChangeBuilder('save text').record('articles', articleId, article, next);
      const byId = new Map(stored.map((s) => [s.id, s]));
      for (const record of records) {
        const before = byId.get(record.id) ?? null;
        // A statement given as it was stored did not move: it is no part of the step.
        if (!recordsEqual(before, record)) change.record('statements', record.id, before, record);
      }
      return ok({ article: next, change: change.build() });
    }),
  );
  return settled.ok ? settled.value : err({ code: 'refused', message: settled.error });
}

function textProblem(text: string): string | undefined {
  if (text.trim() === '')
    return 'The edited text is empty. An article needs some text; cancel the edit to keep the old one.';
  if (text.length > MAX_TEXT_LENGTH) {
    return `The edited text is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en')}.`;
  }
  if (text.includes('\u0000'))
    return 'The edited text contains a NUL byte, which means it holds binary data, not text.';
  if (canonicalText(text) !== text) {
    return 'The edited text is not in canonical form (paragraphs separated by one blank line, no blank lines at the ends).';
  }
  return undefined;
}

function statementsProblem(articleId: string, text: string, statements: readonly Statement[]): string | undefined {
  const seen = new Set<string>();
  for (const statement of statements) {
    const parsed = StatementSchema.safeParse(statement);
    if (!parsed.success) return issueSentence('A statement carried over to the edited text is not valid', parsed.error);
    if (statement.articleId !== articleId)
      return 'A statement carried over to the edited text belongs to another article.';
    if (seen.has(statement.id)) return 'A statement was given twice for the edited text.';
    seen.add(statement.id);
    if (statement.orphanedAt === undefined && !statementFits(statement, text)) {
      const { start, end } = statement.quote;
      return `The quote of a statement does not match the edited text at characters ${start}–${end}. Nothing was saved.`;
    }
  }
  return undefined;
}
