import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../src/core/statements/draftOf';
import { deleteStatement, saveStatement } from '../../../src/storage/repositories/statementRepository';
import { isConflict } from '../../../src/storage/database/StatementConflict';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  librarySnapshot,
  mustSave,
  openTestDatabase,
  SANCTIONS,
} from './testDatabase';

const OPENED = new Date('2026-04-01T09:00:00Z');
const OTHER_TAB = new Date('2026-04-01T09:05:00Z');
const MINE = new Date('2026-04-01T09:10:00Z');

/** A statement, and the same statement edited in "another tab" after it was opened here. */
async function editedElsewhere() {
  const db = openTestDatabase();
  const article = await addValidArticle(db);
  const opened = await mustSave(
    db,
    draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
    OPENED,
  );
  const theirs = await mustSave(db, { ...draftOf(opened), stance: 'against' }, OTHER_TAB);
  return { db, opened, theirs };
}

describe('saveStatement: an edit based on a version that is not stored any more', () => {
  it('is refused as a conflict carrying the stored statement, and writes nothing', async () => {
    const { db, opened, theirs } = await editedElsewhere();
    const before = await librarySnapshot(db);
    const mine = { ...draftOf(opened), claim: 'Xinjiang is open to visitors.', speaker: { newName: 'Someone new' } };
    const saved = await saveStatement(db, mine, MINE);
    expect(isConflict(saved)).toBe(true);
    if (!isConflict(saved)) return;
    expect(saved.conflict.current).toEqual(theirs);
    expect(saved.error).toMatch(/changed since it was opened/);
    // Not even the new speaker the edit named was created.
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('saves when the base is the stored version, and the new version is later than it', async () => {
    const { db, theirs } = await editedElsewhere();
    const saved = await saveStatement(db, { ...draftOf(theirs), claim: 'Xinjiang is open to visitors.' }, MINE);
    expect(saved.ok && saved.value.statement).toMatchObject({
      stance: 'against',
      claim: 'Xinjiang is open to visitors.',
      updatedAt: MINE.toISOString(),
    });
    // Saved again within the same clock tick, the version still moves on.
    const again = await saveStatement(
      db,
      { ...draftOf(saved.ok ? saved.value.statement : theirs), note: 'Checked.' },
      MINE,
    );
    expect(again.ok && again.value.statement.updatedAt > MINE.toISOString()).toBe(true);
  });

  it('"save mine anyway" is a save based on the version the conflict reported', async () => {
    const { db, opened } = await editedElsewhere();
    const mine = { ...draftOf(opened), claim: 'Mine wins.' };
    const refused = await saveStatement(db, mine, MINE);
    if (!isConflict(refused) || !refused.conflict.current) throw new Error('expected a conflict');
    const saved = await saveStatement(db, { ...mine, baseUpdatedAt: refused.conflict.current.updatedAt }, MINE);
    expect(saved.ok).toBe(true);
    // The whole form wins: the stance goes back to what this edit held.
    expect(await db.statements.get(opened.id)).toMatchObject({ claim: 'Mine wins.' });
    expect((await db.statements.get(opened.id))?.stance).toBeUndefined();
  });

  it('reports a statement deleted since it was opened, with no current version', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const opened = await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }), OPENED);
    const deleted = await deleteStatement(db, opened.id);
    expect(deleted.ok).toBe(true);
    const before = await librarySnapshot(db);
    const saved = await saveStatement(db, { ...draftOf(opened), claim: 'Too late.' }, MINE);
    expect(isConflict(saved) && saved.conflict).toEqual({ current: null });
    expect(!saved.ok && saved.error).toMatch(/deleted since it was opened/);
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('an edit that names no base is not checked, and other refusals are not conflicts', async () => {
    const { db, opened } = await editedElsewhere();
    const unchecked = { ...draftOf(opened), baseUpdatedAt: undefined, note: 'No base given.' };
    expect((await saveStatement(db, unchecked, MINE)).ok).toBe(true);
    const refused = await saveStatement(db, { ...draftOf(opened), articleId: 'missing' });
    expect(refused.ok).toBe(false);
    expect(isConflict(refused)).toBe(false);
  });
});
