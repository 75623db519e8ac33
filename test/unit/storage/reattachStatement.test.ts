import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Anchor } from '../../../src/core/model/anchor';
import { reattachStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, librarySnapshot, mustSave, openTestDatabase } from './testDatabase';

const TEXT = 'Hua said “absurd” today.\n\nBlinken said “firm” then.';
const NOW = new Date('2026-05-01T12:00:00Z');

function anchorOf(quote: string): Anchor {
  const start = TEXT.indexOf(quote);
  const anchor = createAnchor(TEXT, start, start + quote.length);
  if (!anchor) throw new Error(`not in text: ${quote}`);
  return anchor;
}

/** An article with one statement, orphaned as an edit of its text would leave it. */
async function withOrphan() {
  const db = openTestDatabase();
  const article = await addValidArticle(db, { title: 'Short', text: TEXT });
  const saved = await mustSave(db, draftFor(article, '“absurd”'));
  const orphan = {
    ...saved,
    quote: { start: 0, end: 6, exact: 'vanish', prefix: '', suffix: '' },
    cue: { start: 7, end: 11, exact: 'gone', prefix: '', suffix: '' },
    orphanedAt: '2026-04-30T00:00:00.000Z',
  };
  await db.statements.put(orphan);
  return { db, orphan };
}

describe('reattachStatement', () => {
  it('anchors the orphan to the new quote, with context from the text, and ends its orphanhood', async () => {
    const { db, orphan } = await withOrphan();
    const quote = { ...anchorOf('“firm”'), prefix: '', suffix: '' };
    const result = await reattachStatement(db, orphan.id, quote, NOW);
    expect(result.ok).toBe(true);
    const stored = await db.statements.get(orphan.id);
    expect(stored?.quote).toEqual(anchorOf('“firm”'));
    expect(stored?.updatedAt).toBe(NOW.toISOString());
    expect(stored && Object.keys(stored)).not.toContain('orphanedAt');
    // The cue pointed into the old text, which no longer holds it.
    expect(stored && Object.keys(stored)).not.toContain('cue');
    expect(result).toMatchObject({ ok: true, value: { statement: stored } });
  });

  it('keeps a cue that still matches the text', async () => {
    const { db, orphan } = await withOrphan();
    await db.statements.update(orphan.id, { cue: anchorOf('said') });
    const result = await reattachStatement(db, orphan.id, anchorOf('“absurd”'), NOW);
    expect(result.ok && result.value.statement.cue).toEqual(anchorOf('said'));
  });

  it.each([
    [
      'a quote that does not match the text',
      (q: Anchor) => ({ ...q, start: q.start + 1, end: q.end + 1 }),
      'the-orphan',
      /does not match the article at characters \d+–\d+/,
    ],
    ['an invalid anchor', (q: Anchor) => ({ ...q, end: q.start }), 'the-orphan', /quote could not|re-attached: end/],
    ['an unknown statement', (q: Anchor) => q, 'missing', /not in the library any more/],
  ])('refuses %s and writes nothing', async (_, spoil, which, message) => {
    const { db, orphan } = await withOrphan();
    const before = await librarySnapshot(db);
    const id = which === 'missing' ? 'missing' : orphan.id;
    const result = await reattachStatement(db, id, spoil(anchorOf('“firm”')), NOW);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await librarySnapshot(db)).toEqual(before);
  });
});
