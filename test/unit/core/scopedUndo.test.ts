import { describe, expect, it } from 'vitest';
import { ChangeBuilder } from '../../../src/core/history/ChangeBuilder';
import { UndoHistory } from '../../../src/core/history/UndoHistory';
import { articleScope, changeScope, LIBRARY_SCOPE, reaches, type UndoScope } from '../../../src/core/history/UndoScope';
import type { Article } from '../../../src/core/model/article';
import { ChangeSchema, type Change } from '../../../src/core/model/change';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Statement } from '../../../src/core/model/statement';

const T = '2026-05-01T12:00:00.000Z';

const statement = (id: string, articleId: string, speakerId: string | null = null): Statement => ({
  id,
  articleId,
  speakerId,
  quote: { start: 0, end: 3, exact: 'Hua', prefix: '', suffix: ' said' },
  kind: 'direct',
  tags: [],
  origin: 'manual',
  status: 'confirmed',
  createdAt: T,
  updatedAt: T,
});
const speaker = (id: string, name: string): Speaker => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  createdAt: T,
  updatedAt: T,
});
const article = (id: string, text: string): Article => ({
  id,
  title: `Article ${id}`,
  text,
  textSha256: '0'.repeat(64),
  createdAt: T,
  updatedAt: T,
});

/** A statement saved in an article (with its speaker, when given). */
const saveIn = (articleId: string, id: string, speakerId?: string): Change => {
  const change = new ChangeBuilder(`save ${id}`).record(
    'statements',
    id,
    null,
    statement(id, articleId, speakerId ?? null),
  );
  if (speakerId) change.record('speakers', speakerId, null, speaker(speakerId, speakerId));
  return change.build();
};
/** Suggestions of one article accepted: pending statements confirmed. */
const accept = (articleId: string, ...ids: string[]): Change => {
  const change = new ChangeBuilder('accept suggestions');
  for (const id of ids)
    change.record('statements', id, { ...statement(id, articleId), status: 'pending' }, statement(id, articleId));
  return change.build();
};
/** Save text: the article and a moved statement. */
const saveText = (articleId: string, statementId: string): Change =>
  new ChangeBuilder('save text')
    .record('articles', articleId, article(articleId, 'Hua said'), article(articleId, 'So Hua said'))
    .record('statements', statementId, statement(statementId, articleId), {
      ...statement(statementId, articleId),
      quote: { start: 3, end: 6, exact: 'Hua', prefix: 'So ', suffix: ' said' },
    })
    .build();
/** Speakers merged: a statement of each of two articles re-pointed, one speaker removed. */
const merge = (statementIds: [string, string][]): Change => {
  const change = new ChangeBuilder('merge speakers').record('speakers', 'gone', speaker('gone', 'Blinken'), null);
  for (const [id, articleId] of statementIds)
    change.record('statements', id, statement(id, articleId, 'gone'), statement(id, articleId, 'kept'));
  return change.build();
};

const A = articleScope('a');
const B = articleScope('b');
const labelOf = (history: UndoHistory, view: UndoScope, side: 'undo' | 'redo') =>
  (side === 'undo' ? history.nextUndo(view) : history.nextRedo(view))?.change.label;

describe('changeScope: which article a step belongs to', () => {
  it('is the article whose statements or text the step touched, with the speakers touched along', () => {
    expect(changeScope(saveIn('a', 's1', 'hua'))).toEqual(A);
    expect(changeScope(accept('b', 's2', 's3'))).toEqual(B);
    expect(changeScope(saveText('a', 's1'))).toEqual(A);
    expect(ChangeSchema.safeParse(saveText('a', 's1')).success).toBe(true);
  });

  it('is the library for a step across articles, or of speakers alone away from an article', () => {
    expect(
      changeScope(
        merge([
          ['s1', 'a'],
          ['s2', 'b'],
        ]),
      ),
    ).toEqual(LIBRARY_SCOPE);
    const edit = new ChangeBuilder('edit speaker')
      .record('speakers', 'hua', speaker('hua', 'Hua'), speaker('hua', 'Hua Chunying'))
      .build();
    expect(changeScope(edit)).toEqual(LIBRARY_SCOPE);
    // The same edit made from an article's view belongs to that article.
    expect(changeScope(edit, 'a')).toEqual(A);
    // Records outrank the view: a step of article b recorded on a's view is b's.
    expect(changeScope(accept('b', 's2'), 'a')).toEqual(B);
  });

  it('lets an article view reach its own steps only, and other views every step', () => {
    expect([reaches(A, A), reaches(A, B), reaches(A, LIBRARY_SCOPE)]).toEqual([true, false, false]);
    expect([reaches(LIBRARY_SCOPE, A), reaches(LIBRARY_SCOPE, LIBRARY_SCOPE)]).toEqual([true, true]);
  });
});

describe('UndoHistory in scopes', () => {
  /** Suggestions accepted in b, then text saved in a: the day the bug was found. */
  const day = () => {
    const steps = [saveIn('a', 's1', 'hua'), accept('b', 's2', 's3'), saveText('a', 's1')];
    return steps.reduce((h, change) => h.push(change, changeScope(change)), UndoHistory.empty());
  };

  it("undoes in an article that article's latest step, leaving another article's steps in the stack", () => {
    let history = day();
    expect(labelOf(history, A, 'undo')).toBe('save text');
    history = history.undo(history.nextUndo(A));
    // Next in a is a's own earlier step, never b's accepted suggestions.
    expect(labelOf(history, A, 'undo')).toBe('save s1');
    history = history.undo(history.nextUndo(A));
    expect(history.canUndo(A)).toBe(false);
    expect(labelOf(history, B, 'undo')).toBe('accept suggestions');
    expect(labelOf(history, LIBRARY_SCOPE, 'undo')).toBe('accept suggestions');
  });

  it('redoes per scope: an article the step it undid last; other views the step undone last anywhere', () => {
    let history = day();
    history = history.undo(history.nextUndo(A)); // save text
    history = history.undo(history.nextUndo(B)); // accept suggestions
    expect(labelOf(history, A, 'redo')).toBe('save text');
    expect(labelOf(history, B, 'redo')).toBe('accept suggestions');
    expect(labelOf(history, LIBRARY_SCOPE, 'redo')).toBe('accept suggestions');
    history = history.redo(history.nextRedo(A));
    // Redone, the step is again the latest of its article.
    expect(labelOf(history, A, 'undo')).toBe('save text');
    expect(history.canRedo(A)).toBe(false);
    expect(labelOf(history, LIBRARY_SCOPE, 'undo')).toBe('save text');
  });

  it("clears, on a new step, the redo side of the step's own scope only", () => {
    let history = day();
    history = history.undo(history.nextUndo(A));
    history = history.undo(history.nextUndo(B));
    history = history.push(saveIn('a', 's9'), A);
    expect(history.canRedo(A)).toBe(false);
    expect(labelOf(history, B, 'redo')).toBe('accept suggestions');
  });

  it('keeps steps across articles for views without an article', () => {
    const across = merge([
      ['s1', 'a'],
      ['s2', 'b'],
    ]);
    const history = day().push(across, changeScope(across));
    expect(labelOf(history, A, 'undo')).toBe('save text');
    expect(labelOf(history, LIBRARY_SCOPE, 'undo')).toBe('merge speakers');
  });

  it('names the later step in the way of an older one that touched the same records, until it is undone', () => {
    const across = merge([
      ['s1', 'a'],
      ['s2', 'b'],
    ]);
    let history = day().push(across, changeScope(across));
    const textStep = history.nextUndo(A);
    expect(textStep?.change.label).toBe('save text');
    expect(textStep && history.blockerOf(textStep)?.change.label).toBe('merge speakers');
    history = history.undo(history.nextUndo(LIBRARY_SCOPE));
    const again = history.nextUndo(A);
    expect(again && history.blockerOf(again)).toBeUndefined();
    // A later step of other records is no obstacle.
    const other = saveIn('b', 's7');
    history = history.push(other, changeScope(other));
    const third = history.nextUndo(A);
    expect(third && history.blockerOf(third)).toBeUndefined();
  });

  it('names as in the way a later step of another article whose statement names a speaker the older step created', () => {
    const created = saveIn('a', 's1', 'hua');
    const uses = new ChangeBuilder('save statement')
      .record('statements', 's9', null, statement('s9', 'b', 'hua'))
      .build();
    const history = UndoHistory.empty().push(created, changeScope(created)).push(uses, changeScope(uses));
    const older = history.nextUndo(A);
    expect(older?.change).toBe(created);
    const blocker = older && history.blockerOf(older);
    expect(blocker?.change).toBe(uses);
    expect(blocker?.scope).toEqual(B);
    // The same for a topic.
    const topicStep = new ChangeBuilder('save statement')
      .record('topics', 't1', null, { id: 't1', label: 'Sanctions' })
      .build();
    const tagged = new ChangeBuilder('save statement')
      .record('statements', 's8', null, { ...statement('s8', 'b'), topicId: 't1' })
      .build();
    const topics = UndoHistory.empty().push(topicStep, A).push(tagged, B);
    const first = topics.nextUndo(A);
    expect(first && topics.blockerOf(first)?.change).toBe(tagged);
  });

  it('knows whether a step is in effect', () => {
    const history = day();
    const text = history.nextUndo(A);
    expect(text && history.isDone(text.change)).toBe(true);
    const back = history.undo(text);
    expect(text && back.isDone(text.change)).toBe(false);
    expect(text && back.redo(back.nextRedo(A)).isDone(text.change)).toBe(true);
  });
});
