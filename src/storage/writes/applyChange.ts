import type { Table } from 'dexie';
import { statementFits } from '../../core/anchoring/statementFits';
import { sameArticleText, withArticleText } from '../../core/history/articleText';
import { recordsEqual } from '../../core/history/recordsEqual';
import { recreatedNameClash } from '../../core/history/recreatedNameClash';
import type { Article } from '../../core/model/article';
import { ChangeSchema, type Change, type RecordStates } from '../../core/model/change';
import { err, type Result } from '../../core/result';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal, settleRefusal } from '../database/Refusal';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/** Undo goes from a change's after to its before; redo the other way. */
export type ChangeDirection = 'undo' | 'redo';

type States<T> = Record<string, T | null> | undefined;

/**
 * Undo or redo one step of the history, in one transaction. Refused, with
 * nothing written, when a record the step touched is no longer exactly as
 * the step left it (it was edited since, perhaps in another tab), when a
 * statement it would bring back has lost its article, speaker or topic,
 * when a speaker or topic it would remove is named by a statement again,
 * when a speaker or topic it would bring back has had its name taken since,
 * or when an article text it would put back no longer holds every statement
 * of the article. Of an article, a step concerns only the text (see
 * articleText): its title and other details stay as they are now. The derived tables (stance index, statement packs) follow in
 * the same transaction (derivedTablesMiddleware).
 */
export async function applyChange(
  db: QuotemarkDatabase,
  change: Change,
  direction: ChangeDirection,
  now: Date = new Date(),
): Promise<Result<void>> {
  const parsed = ChangeSchema.safeParse(change);
  if (!parsed.success)
    return err(issueSentence(`The step could not be ${direction === 'undo' ? 'undone' : 'redone'}`, parsed.error));
  const { label } = parsed.data;
  const leaving = direction === 'undo' ? parsed.data.after : parsed.data.before;
  const target = direction === 'undo' ? parsed.data.before : parsed.data.after;
  const refuse = (why: string) => new Refusal(`Could not ${direction} “${label}”: ${why} Nothing was changed.`);
  return settleRefusal(() =>
    db.transaction('rw', [db.articles, db.speakers, db.topics, db.statements], async () => {
      await checkUnchanged(db.articles, leaving.articles, (a) => `the text of “${a.title}”`, refuse, sameArticleText);
      await checkUnchanged(
        db.statements,
        leaving.statements,
        (s) => `the statement “${excerpt(s.quote.exact)}”`,
        refuse,
      );
      await checkUnchanged(db.speakers, leaving.speakers, (s) => `the speaker ${s.name}`, refuse);
      await checkUnchanged(db.topics, leaving.topics, (t) => `the topic “${t.label}”`, refuse);
      await checkReferences(db, target, refuse);
      await checkNames(db, leaving, target, refuse);
      await checkAnchors(db, target, refuse);
      await writeArticleTexts(db, target.articles, now);
      await write(db.statements, target.statements);
      await write(db.speakers, target.speakers);
      await write(db.topics, target.topics);
    }),
  );
}

/** Every record on the side being left must be stored exactly as recorded. */
async function checkUnchanged<T extends { id: string }>(
  table: Table<T, string, T>,
  states: States<T>,
  describe: (record: T) => string,
  refuse: (why: string) => Refusal,
  same: (current: T | null, expected: T | null) => boolean = recordsEqual,
): Promise<void> {
  const ids = Object.keys(states ?? {});
  const stored = await table.bulkGet(ids);
  for (const [i, id] of ids.entries()) {
    const expected = states?.[id] ?? null;
    const current = stored[i] ?? null;
    if (same(current, expected)) continue;
    const named = expected ?? current;
    const what = named ? describe(named) : 'a record';
    const since = current === null ? 'been deleted' : expected === null ? 'been added again' : 'been changed';
    throw refuse(`${what} has ${since} since (perhaps in another tab).`);
  }
}

/** The side being reached must leave no statement pointing at nothing. */
async function checkReferences(
  db: QuotemarkDatabase,
  target: RecordStates,
  refuse: (why: string) => Refusal,
): Promise<void> {
  const statements = target.statements ?? {};
  const willExist = async <T>(table: Table<T, string, T>, states: States<T>, id: string) =>
    states && id in states ? states[id] !== null : (await table.get(id)) !== undefined;
  for (const statement of Object.values(statements)) {
    if (!statement) continue;
    if (!(await willExist(db.articles, target.articles, statement.articleId)))
      throw refuse('the article of the statement is not in the library any more.');
    if (statement.speakerId !== null && !(await willExist(db.speakers, target.speakers, statement.speakerId))) {
      throw refuse('the speaker of the statement has been deleted since.');
    }
    if (statement.topicId !== undefined && !(await willExist(db.topics, target.topics, statement.topicId))) {
      throw refuse('the topic of the statement has been deleted since.');
    }
  }
  // A speaker or topic removed must not be left named by a statement the
  // step does not itself remove or re-point.
  const stillNamed = async (index: 'speakerId' | 'topicId', id: string) => {
    const naming = await db.statements.where(index).equals(id).toArray();
    return naming.some((s) => {
      const next = s.id in statements ? statements[s.id] : s;
      return next !== null && next !== undefined && next[index] === id;
    });
  };
  for (const [id, speaker] of Object.entries(target.speakers ?? {})) {
    if (speaker === null && (await stillNamed('speakerId', id)))
      throw refuse('a statement added since names the speaker it would remove.');
  }
  for (const [id, topic] of Object.entries(target.topics ?? {})) {
    if (topic === null && (await stillNamed('topicId', id)))
      throw refuse('a statement added since names the topic it would remove.');
  }
}

/**
 * A speaker or topic the step brings back (absent on the side left, present
 * on the side reached) must not share its name with one added since: a
 * scoped redo in one article after the same name was registered from
 * another would otherwise make two speakers of one name.
 */
async function checkNames(
  db: QuotemarkDatabase,
  leaving: RecordStates,
  target: RecordStates,
  refuse: (why: string) => Refusal,
): Promise<void> {
  const recreated = <T>(left: States<T>, reached: States<T>): T[] =>
    Object.entries(reached ?? {}).flatMap(([id, record]) => (record && left?.[id] === null ? [record] : []));
  const speakers = recreated(leaving.speakers, target.speakers);
  const topics = recreated(leaving.topics, target.topics);
  if (speakers.length === 0 && topics.length === 0) return;
  // The library as the step leaves it: what it writes replaces what is stored.
  const reached = <T extends { id: string }>(stored: T[], states: States<T>): T[] => [
    ...stored.filter((r) => !(r.id in (states ?? {}))),
    ...Object.values(states ?? {}).flatMap((r) => (r ? [r] : [])),
  ];
  const clash = recreatedNameClash(
    { speakers, topics },
    {
      speakers: reached(await db.speakers.toArray(), target.speakers),
      topics: reached(await db.topics.toArray(), target.topics),
    },
  );
  if (clash) throw refuse(clash);
}

/**
 * An article text the step writes must hold every statement of the article
 * that is not an orphan, as the step leaves them: undoing *Save text* after
 * a statement was tagged in the edited text (in another tab, say) would
 * otherwise leave that statement pointing at other words.
 */
async function checkAnchors(
  db: QuotemarkDatabase,
  target: RecordStates,
  refuse: (why: string) => Refusal,
): Promise<void> {
  const statements = target.statements ?? {};
  for (const article of Object.values(target.articles ?? {})) {
    if (!article) continue;
    const stored = await db.statements.where('articleId').equals(article.id).toArray();
    const after = stored.map((s) => (s.id in statements ? statements[s.id] : s));
    const added = Object.values(statements).filter(
      (s) => s && s.articleId === article.id && !stored.some((x) => x.id === s.id),
    );
    const stale = [...after, ...added].filter(
      (s) => s && s.orphanedAt === undefined && !statementFits(s, article.text),
    ).length;
    if (stale > 0) {
      throw refuse(
        `${stale === 1 ? 'a statement' : `${stale} statements`} of “${article.title}” tagged or moved since would no longer match its text.`,
      );
    }
  }
}

/**
 * Article texts written into the articles as they are now, keeping the
 * details edited since (title, source …), which are no part of any step.
 */
async function writeArticleTexts(db: QuotemarkDatabase, states: States<Article>, now: Date): Promise<void> {
  const entries = Object.entries(states ?? {});
  const stored = await db.articles.bulkGet(entries.map(([id]) => id));
  const merged = Object.fromEntries(
    entries.map(([id, record], i) => [id, record && stored[i] ? withArticleText(stored[i], record, now) : record]),
  );
  await write(db.articles, merged);
}

async function write<T extends { id: string }>(table: Table<T, string, T>, states: States<T>): Promise<void> {
  const entries = Object.entries(states ?? {});
  await table.bulkPut(entries.flatMap(([, record]) => (record ? [withoutUndefined(record)] : [])));
  await table.bulkDelete(entries.flatMap(([id, record]) => (record ? [] : [id])));
}

/** The start of a quote, short enough for a sentence. */
function excerpt(quote: string): string {
  return quote.length > 40 ? `${quote.slice(0, 39)}…` : quote;
}
