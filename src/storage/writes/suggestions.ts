import { createAnchor } from '../../core/anchoring/createAnchor';
import { ChangeBuilder } from '../../core/history/ChangeBuilder';
import type { Anchor } from '../../core/model/anchor';
import type { Change } from '../../core/model/change';
import type { Speaker } from '../../core/model/speaker';
import { STATEMENT_KINDS, StatementSchema, type Statement, type StatementKind } from '../../core/model/statement';
import { withoutUndefined } from '../../core/model/withoutUndefined';
import type { Result } from '../../core/result';
import { cleanRole } from '../../core/speakers/cleanRole';
import { newSpeaker } from '../../core/speakers/newSpeaker';
import { speakerByName } from '../../core/speakers/speakerByName';
import { sameSpan } from '../../core/statements/sameSpan';
import type { Suggestion } from '../../core/suggest/types';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';

/** One statement the suggestion engine found, as storage takes it (UTF-16 offsets). */
export type SuggestedStatementInput = Suggestion;

/** The pending statements a run of the engine stored, and the step to undo it. */
export interface SavedSuggestions {
  added: Statement[];
  /** Also holds the previous pending statements it replaced and any speakers it created or removed. */
  change: Change;
}

/**
 * Store the engine's suggestions for an article as pending statements, in one
 * transaction. The article's previous pending statements are removed first
 * (re-running after an edit replaces them), with any speaker created only
 * for them. A suggestion is skipped when its offsets do not hold its text in
 * the article, or when a confirmed statement (or one added earlier in this
 * run) covers the same span (sameSpan); a cue that does not match is
 * dropped. A named speaker is the registered one with that name or alias,
 * else a new one (newSpeaker).
 */
export async function saveSuggestions(
  db: QuotemarkDatabase,
  articleId: string,
  suggestions: readonly SuggestedStatementInput[],
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Result<SavedSuggestions>> {
  const stamp = now.toISOString();
  return settleRefusal(() =>
    db.transaction('rw', [db.articles, db.speakers, db.statements], async () => {
      const article = await db.articles.get(articleId);
      if (!article)
        throw new Refusal('The article is not in the library any more, so its suggestions could not be saved.');
      const change = new ChangeBuilder('suggest statements');
      const existing = await db.statements.where('articleId').equals(articleId).toArray();
      const previous = existing.filter((s) => s.status === 'pending');
      await db.statements.bulkDelete(previous.map((s) => s.id));
      for (const s of previous) change.record('statements', s.id, s, null);
      await removeStraySpeakers(db, previous, change);

      const speakers = await db.speakers.toArray();
      const taken: Anchor[] = existing
        .filter((s) => s.status === 'confirmed' && s.orphanedAt === undefined)
        .map((s) => s.quote);
      const added: Statement[] = [];
      for (const suggestion of suggestions) {
        const quote = anchorFor(article.text, suggestion);
        if (!quote || !isKind(suggestion.kind)) continue;
        if (taken.some((span) => sameSpan(span, quote))) continue;
        const cue = suggestion.cue ? (anchorFor(article.text, suggestion.cue) ?? undefined) : undefined;
        const role = cleanRole(suggestion.role);
        // Checked before its speaker is resolved, so a suggestion that is
        // skipped leaves no speaker behind.
        const checked = StatementSchema.safeParse(
          withoutUndefined({
            id: newId(),
            articleId,
            speakerId: null,
            quote,
            cue,
            kind: suggestion.kind,
            roleAtTime: role,
            tags: [],
            origin: 'suggested',
            status: 'pending',
            createdAt: stamp,
            updatedAt: stamp,
          }),
        );
        if (!checked.success) continue;
        const speakerId = await speakerFor(db, speakers, suggestion.speaker, role, stamp, newId, change);
        const statement = withoutUndefined({ ...checked.data, speakerId });
        await db.statements.add(statement);
        change.record('statements', statement.id, null, statement);
        taken.push(quote);
        added.push(statement);
      }
      return { added, change: change.build() };
    }),
  );
}

/**
 * Confirm pending statements: their status becomes 'confirmed' (origin stays
 * 'suggested'), in one transaction. Refused, with nothing written, unless
 * every id names a pending statement.
 */
export async function acceptSuggestions(
  db: QuotemarkDatabase,
  statementIds: readonly string[],
  now: Date = new Date(),
): Promise<Result<Change>> {
  const stamp = now.toISOString();
  return settleRefusal(() =>
    db.transaction('rw', db.statements, async () => {
      const pending = await pendingStatements(db, statementIds, 'accepted');
      const change = new ChangeBuilder('accept suggestions');
      const confirmed = pending.map((s): Statement => ({ ...s, status: 'confirmed', updatedAt: stamp }));
      await db.statements.bulkPut(confirmed);
      for (const [i, s] of confirmed.entries()) change.record('statements', s.id, pending[i] ?? null, s);
      return change.build();
    }),
  );
}

/**
 * Delete pending statements, and any speaker created only for them that no
 * other statement names, in one transaction. Refused, with nothing written,
 * unless every id names a pending statement.
 */
export async function rejectSuggestions(
  db: QuotemarkDatabase,
  statementIds: readonly string[],
): Promise<Result<Change>> {
  return settleRefusal(() =>
    db.transaction('rw', [db.speakers, db.statements], async () => {
      const pending = await pendingStatements(db, statementIds, 'rejected');
      const change = new ChangeBuilder('reject suggestions');
      await db.statements.bulkDelete(pending.map((s) => s.id));
      for (const s of pending) change.record('statements', s.id, s, null);
      await removeStraySpeakers(db, pending, change);
      return change.build();
    }),
  );
}

/** The pending statements the ids name, each once; a Refusal unless all are pending. */
async function pendingStatements(
  db: QuotemarkDatabase,
  statementIds: readonly string[],
  verb: string,
): Promise<Statement[]> {
  const ids = [...new Set(statementIds)];
  if (ids.length === 0) throw new Refusal(`No suggestions were chosen, so none were ${verb}.`);
  const stored = await db.statements.bulkGet(ids);
  if (stored.some((s) => s === undefined)) {
    throw new Refusal(
      `A chosen suggestion is not in the library any more, so none were ${verb}. Choose the suggestions again.`,
    );
  }
  const statements = stored.filter((s): s is Statement => s !== undefined);
  if (statements.some((s) => s.status !== 'pending')) {
    throw new Refusal(
      `A chosen statement is already confirmed, not a suggestion, so none were ${verb}. Choose only pending suggestions.`,
    );
  }
  return statements;
}

/**
 * Delete the speakers that were created together with some of `statements`
 * (same moment, never edited since) and that no stored statement names any
 * more. A speaker a person registered or edited is never removed this way.
 */
async function removeStraySpeakers(
  db: QuotemarkDatabase,
  statements: readonly Statement[],
  change: ChangeBuilder,
): Promise<void> {
  const candidates = new Map<string, string>();
  for (const s of statements)
    if (s.speakerId !== null && s.origin === 'suggested') candidates.set(s.speakerId, s.createdAt);
  for (const [id, createdAt] of candidates) {
    const speaker = await db.speakers.get(id);
    if (!speaker || speaker.createdAt !== createdAt || speaker.updatedAt !== speaker.createdAt) continue;
    if ((await db.statements.where('speakerId').equals(id).count()) > 0) continue;
    await db.speakers.delete(id);
    change.record('speakers', id, speaker, null);
  }
}

/**
 * The id of the speaker a suggestion names: a known one by name or alias
 * (including one created earlier in this run), else a new one, added to
 * `speakers`. A name that cannot be registered leaves the statement without
 * a speaker rather than losing it.
 */
async function speakerFor(
  db: QuotemarkDatabase,
  speakers: Speaker[],
  name: string | null,
  role: string | undefined,
  stamp: string,
  newId: () => string,
  change: ChangeBuilder,
): Promise<string | null> {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') return null;
  const known = speakerByName(speakers, trimmed);
  if (known) return known.id;
  const made = newSpeaker({ name: trimmed, role }, speakers, newId(), stamp);
  if (!made.ok) return null;
  const created = made.value;
  await db.speakers.add(created);
  change.record('speakers', created.id, null, created);
  speakers.push(created);
  return created.id;
}

/** An anchor for a span whose offsets hold its text in the article, else null. */
function anchorFor(text: string, span: { start: number; end: number; text: string }): Anchor | null {
  if (text.slice(span.start, span.end) !== span.text) return null;
  return createAnchor(text, span.start, span.end);
}

function isKind(kind: string): kind is StatementKind {
  return (STATEMENT_KINDS as readonly string[]).includes(kind);
}
