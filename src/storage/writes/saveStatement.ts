import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Anchor } from '../../core/model/anchor';
import type { Change } from '../../core/model/change';
import { StatementSchema, type Statement } from '../../core/model/statement';
import { err } from '../../core/result';
import {
  StatementDraftSchema,
  type ParsedStatementDraft,
  type StatementDraft,
} from '../../core/statements/statementDraft';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { ConflictDetected, type ConflictAwareResult } from '../database/StatementConflict';
import { resolveSpeaker } from './resolveSpeaker';
import { resolveTopic } from './resolveTopic';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/** A saved statement and the step that saved it, for the undo history. */
export interface SavedStatement {
  statement: Statement;
  /** Includes a speaker or topic the save created or changed. */
  change: Change;
}

/**
 * Store what the statement form submitted: a new statement, or an edit of
 * `draft.id`. The speaker and topic it names are picked or created in the
 * same transaction as the statement, so a refusal at any step leaves the
 * library exactly as it was.
 *
 * The quote, and a new cue given in the draft, must match the article text
 * at their offsets. An edit may give a new quote (Update span), which also ends
 * an orphan's orphanhood; an orphan edited with its old quote stays one.
 *
 * An edit that names the version it started from (`baseUpdatedAt`) is
 * refused as a conflict, carrying the stored statement, when that is not
 * the version stored now: it was saved or deleted elsewhere meanwhile.
 */
export async function saveStatement(
  db: QuotemarkDatabase,
  draft: StatementDraft,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<ConflictAwareResult<SavedStatement>> {
  const parsed = StatementDraftSchema.safeParse(draft);
  if (!parsed.success) return err(issueSentence('The statement could not be saved', parsed.error));
  try {
    return await settleRefusal(() => write(db, parsed.data, now.toISOString(), newId));
  } catch (error) {
    if (error instanceof ConflictDetected) return { ok: false, error: error.message, conflict: error.conflict };
    throw error;
  }
}

function write(
  db: QuotemarkDatabase,
  d: ParsedStatementDraft,
  stamp: string,
  newId: () => string,
): Promise<SavedStatement> {
  // articles is in scope only to be read: the quote is checked against the
  // text as it stands when the statement is written, not a moment before.
  return db.transaction('rw', [db.articles, db.speakers, db.topics, db.statements], async () => {
    const article = await db.articles.get(d.articleId);
    if (!article) throw new Refusal('The article of this statement is not in the library any more.');
    const previous = d.id === undefined ? undefined : await db.statements.get(d.id);
    // Checked in the same transaction as the write: no other save can come
    // between the check and the put.
    if (d.id !== undefined && d.baseUpdatedAt !== undefined && previous?.updatedAt !== d.baseUpdatedAt) {
      throw new ConflictDetected({ current: previous ?? null });
    }
    if (d.id !== undefined && !previous) throw new Refusal('The statement being edited no longer exists.');
    if (previous && previous.articleId !== d.articleId) {
      throw new Refusal('The statement being edited belongs to another article.');
    }
    // An orphan's stored quote points into the text as it was, so it is
    // not held against the current one while the person edits other fields.
    const staysOrphan = previous?.orphanedAt !== undefined && sameAnchor(previous.quote, d.quote);
    if (!staysOrphan) checkSpan(article.text, d.quote, 'quoted text', 'passage');
    // Likewise a cue sent back unchanged is the stored one, not a new span.
    if (d.cue && !(previous?.cue && sameAnchor(previous.cue, d.cue))) checkSpan(article.text, d.cue, 'cue', 'cue');
    const change = new ChangeBuilder('save statement');
    const speakerId = await resolveSpeaker(db, d.speaker, d.roleAtTime, stamp, newId, change);
    const topicId = await resolveTopic(db, d.topic, newId, change);
    const checked = StatementSchema.safeParse(
      withoutUndefined({
        id: previous?.id ?? newId(),
        articleId: d.articleId,
        speakerId,
        quote: d.quote,
        cue: d.cue === undefined ? previous?.cue : (d.cue ?? undefined),
        kind: d.kind,
        roleAtTime: d.roleAtTime,
        claim: d.claim,
        topicId,
        stance: d.stance,
        tags: d.tags ?? previous?.tags ?? [],
        note: d.note,
        orphanedAt: staysOrphan ? previous?.orphanedAt : undefined,
        origin: previous?.origin ?? 'manual',
        status: previous?.status ?? 'confirmed',
        createdAt: previous?.createdAt ?? stamp,
        updatedAt: nextVersion(previous?.updatedAt, stamp),
      }),
    );
    // Thrown, not returned: a speaker or topic made above must roll back.
    if (!checked.success) throw new Refusal(issueSentence('The statement could not be saved', checked.error));
    const statement = withoutUndefined(checked.data);
    await db.statements.put(statement);
    change.record('statements', statement.id, previous ?? null, statement);
    return { statement, change: change.build() };
  });
}

/**
 * The stamp of the new version, always later than the stored one: updatedAt
 * names a version for the conflict check, so two saves within one clock tick
 * (or under a clock set back) must not share it.
 */
function nextVersion(previous: string | undefined, stamp: string): string {
  if (previous === undefined || Date.parse(stamp) > Date.parse(previous)) return stamp;
  return new Date(Date.parse(previous) + 1).toISOString();
}

/** Refuse a span whose words are not at its offsets in the article text. */
function checkSpan(text: string, span: Anchor, what: string, select: string): void {
  const { start, end, exact } = span;
  if (text.slice(start, end) !== exact) {
    throw new Refusal(
      `The ${what} does not match the article at characters ${start}–${end}. Select the ${select} in the article again.`,
    );
  }
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact;
}
