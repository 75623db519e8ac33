import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/core/model/change';
import { applyChange, deleteStatement, saveStatement } from '../../../src/storage/repositories/statementRepository';
import { updateSpeaker } from '../../../src/storage/repositories/speakerRepository';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  librarySnapshot,
  openTestDatabase,
  SANCTIONS,
  SASSE_QUOTE,
  sequentialIds,
  tableCounts,
} from './testDatabase';

const T1 = new Date('2026-04-01T09:00:00Z');
const T2 = new Date('2026-04-02T09:00:00Z');

async function mustApply(...args: Parameters<typeof applyChange>): Promise<void> {
  const applied = await applyChange(...args);
  if (!applied.ok) throw new Error(applied.error);
}

async function withArticle() {
  const db = openTestDatabase();
  const article = await addValidArticle(db);
  return { db, article };
}

describe('applyChange', () => {
  it('undoes a save: the statement and the speaker and topic it created are gone; redo brings them back', async () => {
    const { db, article } = await withArticle();
    const before = await librarySnapshot(db);
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
      T1,
    );
    if (!saved.ok) throw new Error(saved.error);
    const after = await librarySnapshot(db);
    expect(saved.value.change.label).toBe('save statement');
    expect(Object.keys(saved.value.change.after.speakers ?? {})).toHaveLength(1);

    await mustApply(db, saved.value.change, 'undo');
    expect(await librarySnapshot(db)).toEqual(before);
    await mustApply(db, saved.value.change, 'redo');
    expect(await librarySnapshot(db)).toEqual(after);
  });

  it('undoes a deletion', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua' } }), T1);
    if (!saved.ok) throw new Error(saved.error);
    const kept = await librarySnapshot(db);
    const deleted = await deleteStatement(db, saved.value.statement.id);
    if (!deleted.ok) throw new Error(deleted.error);
    expect(deleted.value).toMatchObject({
      label: 'delete statement',
      after: { statements: { [saved.value.statement.id]: null } },
    });
    await mustApply(db, deleted.value, 'undo');
    expect(await librarySnapshot(db)).toEqual(kept);
  });

  it('undoes an edit back to the old values, including a role the edit gave the speaker', async () => {
    const { db, article } = await withArticle();
    const first = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua' }, claim: 'Open', tags: ['visit'] }),
      T1,
    );
    if (!first.ok) throw new Error(first.error);
    const original = await librarySnapshot(db);
    const { statement } = first.value;
    const edit = await saveStatement(
      db,
      {
        ...draftFor(article, HUA_QUOTE, {
          speaker: { id: statement.speakerId ?? '' },
          roleAtTime: 'Spokesperson',
          claim: 'Closed',
          tags: [],
        }),
        id: statement.id,
      },
      T2,
    );
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.change.before.speakers?.[statement.speakerId ?? '']).not.toHaveProperty('role');
    await mustApply(db, edit.value.change, 'undo');
    expect(await librarySnapshot(db)).toEqual(original);
  });

  it('refuses to undo when a record changed since, and writes nothing', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }), T1);
    if (!saved.ok) throw new Error(saved.error);
    // Another tab edits the same statement.
    const other = await saveStatement(
      db,
      { ...draftFor(article, HUA_QUOTE, { claim: 'Changed elsewhere' }), id: saved.value.statement.id },
      T2,
    );
    expect(other.ok).toBe(true);
    const now = await librarySnapshot(db);
    const undo = await applyChange(db, saved.value.change, 'undo');
    expect(undo).toEqual({
      ok: false,
      error:
        'Could not undo “save statement”: the statement “The door to Xinjiang is always open.” has been changed since (perhaps in another tab). Nothing was changed.',
    });
    expect(await librarySnapshot(db)).toEqual(now);
  });

  it('refuses to redo over a record changed since, and to undo a deletion of a statement added again', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE), T1);
    if (!saved.ok) throw new Error(saved.error);
    await mustApply(db, saved.value.change, 'undo');
    await db.statements.put(saved.value.statement);
    expect(await applyChange(db, saved.value.change, 'redo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Could not redo “save statement”: the statement .* added again since/),
    });
    const deleted = await deleteStatement(db, saved.value.statement.id);
    if (!deleted.ok) throw new Error(deleted.error);
    await db.statements.put({ ...saved.value.statement, claim: 'Tagged again' });
    expect(await applyChange(db, deleted.value, 'undo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/added again since/),
    });
    expect(await db.statements.get(saved.value.statement.id)).toMatchObject({ claim: 'Tagged again' });
  });

  it('refuses to remove a speaker that a statement added since names', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }),
      T1,
      sequentialIds('a'),
    );
    if (!saved.ok) throw new Error(saved.error);
    const later = await saveStatement(
      db,
      draftFor(article, 'lies and rumors', { speaker: { id: saved.value.statement.speakerId ?? '' } }),
      T2,
      sequentialIds('b'),
    );
    expect(later.ok).toBe(true);
    const now = await librarySnapshot(db);
    expect(await applyChange(db, saved.value.change, 'undo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/names the speaker it would remove/),
    });
    expect(await librarySnapshot(db)).toEqual(now);
  });

  it('refuses to redo a step that would bring back a speaker or topic whose name was taken since, naming it', async () => {
    const { db, article } = await withArticle();
    const other = await addValidArticle(db, { title: 'Second', text: 'Hua Chunying said the claims were “absurd”.' });
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
      T1,
      sequentialIds('a'),
    );
    if (!saved.ok) throw new Error(saved.error);
    await mustApply(db, saved.value.change, 'undo');
    // From the other article, the same name is registered again.
    const elsewhere = await saveStatement(
      db,
      draftFor(other, '“absurd”', { speaker: { newName: 'hua chunying' } }),
      T2,
      sequentialIds('b'),
    );
    expect(elsewhere.ok).toBe(true);
    const now = await librarySnapshot(db);
    expect(await applyChange(db, saved.value.change, 'redo')).toEqual({
      ok: false,
      error:
        'Could not redo “save statement”: it would bring back the speaker Hua Chunying, but another speaker, hua chunying, goes by that name now. Nothing was changed.',
    });
    expect(await librarySnapshot(db)).toEqual(now);

    // The same for a topic whose label was taken since.
    await mustApply(db, elsewhere.ok ? elsewhere.value.change : saved.value.change, 'undo');
    const topic = await saveStatement(
      db,
      draftFor(other, '“absurd”', { topic: { newLabel: SANCTIONS.toUpperCase() } }),
      T2,
      sequentialIds('c'),
    );
    expect(topic.ok).toBe(true);
    expect(await applyChange(db, saved.value.change, 'redo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /it would bring back the topic “Sanctions on Chinese officials over Xinjiang”, but another topic, “SANCTIONS ON CHINESE OFFICIALS OVER XINJIANG”, has that label now/,
      ),
    });
    expect(await db.topics.count()).toBe(1);
  });

  it('refuses to bring back a statement whose speaker was deleted since', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }), T1);
    if (!saved.ok) throw new Error(saved.error);
    const deleted = await deleteStatement(db, saved.value.statement.id);
    if (!deleted.ok) throw new Error(deleted.error);
    await db.speakers.clear();
    expect(await applyChange(db, deleted.value, 'undo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/speaker of the statement has been deleted/),
    });
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });

  it('undoes and redoes a speaker edit', async () => {
    const { db, article } = await withArticle();
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }), T1);
    if (!saved.ok) throw new Error(saved.error);
    const before = await librarySnapshot(db);
    const edited = await updateSpeaker(
      db,
      saved.value.statement.speakerId ?? '',
      { name: 'Hua Chunying', aliases: ['Hua'], kind: 'person', role: 'Spokesperson' },
      T2,
    );
    if (!edited.ok) throw new Error(edited.error);
    const after = await librarySnapshot(db);
    await mustApply(db, edited.value.change, 'undo');
    expect(await librarySnapshot(db)).toEqual(before);
    await mustApply(db, edited.value.change, 'redo');
    expect(await librarySnapshot(db)).toEqual(after);
  });

  it('refuses a change that is not one, naming the problem', async () => {
    const { db } = await withArticle();
    const broken = { label: 'x', before: { topics: { a: null } }, after: {} } as Change;
    expect(await applyChange(db, broken, 'undo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^The step could not be undone: after: before and after must name the same records\.$/,
      ),
    });
  });

  it('leaves the store as it began after 100 saves and 100 undos', async () => {
    const { db, article } = await withArticle();
    const begin = await librarySnapshot(db);
    const ids = sequentialIds('s');
    const changes: Change[] = [];
    const quotes = [HUA_QUOTE, SASSE_QUOTE, 'lies and rumors', 'absurdity,'];
    for (let i = 0; i < 100; i++) {
      const previous =
        changes.length > 0 && i % 3 === 0
          ? Object.keys(changes[changes.length - 1]?.after.statements ?? {})[0]
          : undefined;
      const draft = draftFor(article, quotes[i % quotes.length] ?? HUA_QUOTE, {
        speaker: { newName: `Speaker ${i % 7}` },
        topic: i % 2 === 0 ? { newLabel: `Topic ${i % 5}` } : null,
        claim: `Claim ${i}`,
      });
      const saved = await saveStatement(
        db,
        previous ? { ...draft, id: previous } : draft,
        new Date(T1.getTime() + i * 1000),
        ids,
      );
      if (!saved.ok) throw new Error(saved.error);
      changes.push(saved.value.change);
    }
    expect((await tableCounts(db)).statements).toBeGreaterThan(50);
    for (const change of changes.reverse()) await mustApply(db, change, 'undo');
    expect(await librarySnapshot(db)).toEqual(begin);
  });
});
