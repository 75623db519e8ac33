import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { draftOf } from '../../../src/core/statements/draftOf';
import { applyChange, saveStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, openTestDatabase, SANCTIONS } from './testDatabase';

describe('undoing a save and then the stance set after it', () => {
  it('steps back over both, in order, as the keyboard flow does', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const said = article.text.indexOf('said', article.text.indexOf('Chairman Xi'));
    const draft = draftFor(article, 'America and our allies are stepping up.', {
      speaker: { newName: 'Ben Sasse' },
      roleAtTime: 'U.S. Senator (R-Neb.)',
      topic: { newLabel: SANCTIONS },
      cue: createAnchor(article.text, said, said + 4),
      tags: [],
      claim: '',
      note: '',
    });
    const saved = await saveStatement(db, draft, new Date('2026-01-01T10:00:00Z'));
    if (!saved.ok) throw new Error(saved.error);
    const stanced = await saveStatement(
      db,
      { ...draftOf(saved.value.statement), stance: 'favor' },
      new Date('2026-01-01T10:00:01Z'),
    );
    if (!stanced.ok) throw new Error(stanced.error);
    expect(await applyChange(db, stanced.value.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await applyChange(db, saved.value.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await db.statements.count()).toBe(0);
  });
});
