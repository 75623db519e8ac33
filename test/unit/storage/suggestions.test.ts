import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/model/article';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { createSpeaker } from '../../../src/storage/repositories/speakerRepository';
import {
  acceptSuggestions,
  applyChange,
  rejectSuggestions,
  saveSuggestions,
  type SuggestedStatementInput,
} from '../../../src/storage/repositories/statementRepository';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  librarySnapshot,
  mustSave,
  openTestDatabase,
  SASSE_QUOTE,
  sequentialIds,
  TREASURY_QUOTE,
} from './testDatabase';

const T0 = new Date('2026-03-01T09:00:00Z');
const T1 = new Date('2026-04-01T09:00:00Z');
const T2 = new Date('2026-04-02T09:00:00Z');
const T3 = new Date('2026-04-03T09:00:00Z');

/** A suggestion of the first occurrence of `exact`, with an optional cue found after it. */
function suggest(
  article: Article,
  exact: string,
  fields: Partial<SuggestedStatementInput> & { cueText?: string } = {},
): SuggestedStatementInput {
  const { cueText, ...rest } = fields;
  const start = article.text.indexOf(exact);
  if (start === -1) throw new Error(`"${exact}" is not in the article`);
  let cue: SuggestedStatementInput['cue'] = null;
  if (cueText !== undefined) {
    const at = article.text.indexOf(cueText);
    if (at === -1) throw new Error(`"${cueText}" is not in the article`);
    cue = { start: at, end: at + cueText.length, text: cueText };
  }
  return { start, end: start + exact.length, text: exact, kind: 'direct', speaker: null, role: null, cue, ...rest };
}

async function mustSuggest(
  db: QuotemarkDatabase,
  article: Article,
  suggestions: SuggestedStatementInput[],
  now = T1,
  prefix = 's',
) {
  const saved = await saveSuggestions(db, article.id, suggestions, now, sequentialIds(prefix));
  if (!saved.ok) throw new Error(saved.error);
  return saved.value;
}

describe('saveSuggestions', () => {
  it('registers a new speaker exactly as the statement form does for the same name and role', async () => {
    const byForm = openTestDatabase();
    const formArticle = await addValidArticle(byForm);
    await mustSave(
      byForm,
      draftFor(formArticle, TREASURY_QUOTE, { speaker: { newName: 'Treasury Department' }, roleAtTime: 'regulator' }),
      T1,
      () => 'made',
    );
    const bySuggester = openTestDatabase();
    const article = await addValidArticle(bySuggester);
    await mustSuggest(
      bySuggester,
      article,
      [suggest(article, TREASURY_QUOTE, { speaker: 'Treasury Department', role: 'regulator' })],
      T1,
      'made',
    );
    const [formMade] = await byForm.speakers.toArray();
    expect(formMade).toMatchObject({ name: 'Treasury Department', kind: 'organization', role: 'regulator' });
    expect(await bySuggester.speakers.toArray()).toEqual([{ ...formMade, id: expect.any(String) }]);
  });

  it('registers a suggested speaker named like an organisation as an organization', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await mustSuggest(db, article, [
      suggest(article, TREASURY_QUOTE, { speaker: 'Treasury Department', kind: 'indirect' }),
    ]);
    expect(await db.speakers.toArray()).toEqual([
      expect.objectContaining({ name: 'Treasury Department', kind: 'organization' }),
    ]);
  });

  it('stores pending suggested statements and registers the speakers they name', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const { added, change } = await mustSuggest(db, article, [
      suggest(article, HUA_QUOTE, {
        speaker: ' Hua Chunying ',
        role: 'Chinese Foreign Ministry spokesperson',
        cueText: 'Hua said',
      }),
      suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse', kind: 'mixed' }),
      suggest(article, TREASURY_QUOTE, { kind: 'indirect' }),
      { ...suggest(article, SASSE_QUOTE), text: 'not what the article says there' },
      { start: 10, end: 5, text: '', kind: 'direct', speaker: 'Nobody', role: null, cue: null },
    ]);

    expect(added).toHaveLength(3);
    const [hua, sasse, treasury] = added;
    expect(hua).toMatchObject({
      articleId: article.id,
      kind: 'direct',
      roleAtTime: 'Chinese Foreign Ministry spokesperson',
      tags: [],
      origin: 'suggested',
      status: 'pending',
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    });
    expect(hua!.quote.exact).toBe(HUA_QUOTE);
    expect(hua!.cue?.exact).toBe('Hua said');
    expect(sasse).toMatchObject({ kind: 'mixed', status: 'pending' });
    expect(sasse!.cue).toBeUndefined();
    expect(treasury).toMatchObject({ kind: 'indirect', speakerId: null });

    const speakers = await db.speakers.toArray();
    expect(speakers.map((s) => s.name).sort()).toEqual(['Ben Sasse', 'Hua Chunying']);
    const huaSpeaker = speakers.find((s) => s.name === 'Hua Chunying')!;
    expect(huaSpeaker).toMatchObject({ kind: 'person', role: 'Chinese Foreign Ministry spokesperson', aliases: [] });
    expect(hua!.speakerId).toBe(huaSpeaker.id);
    expect(new Set(speakers.map((s) => s.color)).size).toBe(2);

    expect(await db.statements.where('articleId').equals(article.id).count()).toBe(3);
    expect(change.label).toBe('suggest statements');
    expect(Object.keys(change.after.statements ?? {})).toHaveLength(3);
    expect(Object.keys(change.after.speakers ?? {})).toHaveLength(2);
  });

  it('names an existing speaker matched by an alias and reuses a speaker created in the same run', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const blinken = await createSpeaker(
      db,
      { name: 'Antony Blinken', aliases: ['Blinken'], kind: 'person' },
      T0,
      () => 'sp-blinken',
    );
    if (!blinken.ok) throw new Error(blinken.error);
    const { added } = await mustSuggest(
      db,
      article,
      [
        suggest(article, 'continues to commit genocide', { speaker: 'blínken' }),
        suggest(article, HUA_QUOTE, { speaker: 'Hua Chunying' }),
        suggest(article, 'We welcome all', { speaker: 'hua  chunying' }),
      ],
      T2,
    );
    expect(added.map((s) => s.speakerId)).toEqual(['sp-blinken', added[1]!.speakerId, added[1]!.speakerId]);
    expect(await db.speakers.count()).toBe(2);
    expect(await db.speakers.get('sp-blinken')).toEqual(blinken.value.speaker);
  });

  it('never duplicates a span a confirmed statement already covers', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const confirmed = await mustSave(db, draftFor(article, HUA_QUOTE));
    const { added } = await mustSuggest(db, article, [
      suggest(article, `“${HUA_QUOTE}`, { speaker: 'Hua Chunying' }),
      suggest(article, 'The door to Xinjiang', { speaker: 'Hua Chunying' }),
      suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse' }),
      suggest(article, 'Chairman Xi has blood on his hands', { speaker: 'Ben Sasse' }),
    ]);
    // Both Hua spans cover at least 80% of the shorter of the two quotes.
    expect(added.map((s) => s.quote.exact)).toEqual([SASSE_QUOTE]);
    expect(await db.statements.count()).toBe(2);
    expect(await db.statements.get(confirmed.id)).toEqual(confirmed);
    // No speaker was registered for the skipped suggestions.
    expect((await db.speakers.toArray()).map((s) => s.name)).toEqual(['Ben Sasse']);
  });

  it('keeps a suggestion that overlaps a confirmed statement only a little', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await mustSave(db, draftFor(article, HUA_QUOTE));
    // Shares 'is always open.' (15 of the confirmed quote's 36 characters).
    const crossing = 'is always open. We welcome all, including US personnel';
    const { added } = await mustSuggest(db, article, [
      suggest(article, crossing),
      suggest(article, `“${HUA_QUOTE} We welcome all`),
    ]);
    expect(added.map((s) => s.quote.exact)).toEqual([crossing]);
  });

  it('replaces the pending statements of an earlier run, and undoing brings them back', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const first = await mustSuggest(
      db,
      article,
      [
        suggest(article, HUA_QUOTE, { speaker: 'Hua Chunying' }),
        suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse' }),
      ],
      T1,
      'a',
    );
    const afterFirst = await librarySnapshot(db);
    const second = await mustSuggest(db, article, [suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse' })], T2, 'b');

    const statements = await db.statements.toArray();
    expect(statements.map((s) => s.id)).toEqual(second.added.map((s) => s.id));
    expect(statements[0]!.createdAt).toBe(T2.toISOString());
    // The speakers of the first run went with its statements; Ben Sasse is registered afresh.
    expect((await db.speakers.toArray()).map((s) => s.name)).toEqual(['Ben Sasse']);
    for (const s of first.added) expect(second.change.before.statements?.[s.id]).toEqual(s);
    for (const s of first.added) expect(second.change.after.statements?.[s.id]).toBeNull();

    expect(await applyChange(db, second.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(afterFirst);
    expect(await applyChange(db, first.change, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await db.statements.count()).toBe(0);
    expect(await db.speakers.count()).toBe(0);
  });

  it('leaves confirmed statements alone when run again', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const first = await mustSuggest(db, article, [
      suggest(article, HUA_QUOTE, { speaker: 'Hua Chunying' }),
      suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse' }),
    ]);
    const accepted = await acceptSuggestions(db, [first.added[0]!.id], T2);
    expect(accepted.ok).toBe(true);
    const second = await mustSuggest(
      db,
      article,
      [
        suggest(article, HUA_QUOTE, { speaker: 'Hua Chunying' }),
        suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse' }),
      ],
      T3,
      'b',
    );
    expect(second.added.map((s) => s.quote.exact)).toEqual([SASSE_QUOTE]);
    const stored = await db.statements.toArray();
    expect(stored.map((s) => s.status).sort()).toEqual(['confirmed', 'pending']);
    expect((await db.speakers.toArray()).map((s) => s.name).sort()).toEqual(['Ben Sasse', 'Hua Chunying']);
  });

  it('refuses an article that is not in the library, writing nothing', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const before = await librarySnapshot(db);
    const saved = await saveSuggestions(db, 'no-such-article', [suggest(article, HUA_QUOTE, { speaker: 'Hua' })], T1);
    expect(saved).toEqual({ ok: false, error: expect.stringMatching(/not in the library/) });
    expect(await librarySnapshot(db)).toEqual(before);
  });
});

describe('acceptSuggestions and rejectSuggestions', () => {
  async function seeded() {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const blinken = await createSpeaker(
      db,
      { name: 'Antony Blinken', aliases: ['Blinken'], kind: 'person' },
      T0,
      () => 'sp-blinken',
    );
    if (!blinken.ok) throw new Error(blinken.error);
    const { added } = await mustSuggest(db, article, [
      suggest(article, HUA_QUOTE, { speaker: 'Hua Chunying' }),
      suggest(article, 'We welcome all', { speaker: 'Hua Chunying' }),
      suggest(article, SASSE_QUOTE, { speaker: 'Ben Sasse' }),
      suggest(article, 'continues to commit genocide', { speaker: 'Blinken' }),
    ]);
    const [hua1, hua2, sasse, blinkenSaid] = added as [
      (typeof added)[0],
      (typeof added)[0],
      (typeof added)[0],
      (typeof added)[0],
    ];
    return { db, article, hua1, hua2, sasse, blinkenSaid };
  }

  it('accepts: status confirmed, origin kept, updatedAt bumped; undo restores exactly', async () => {
    const { db, hua1, sasse } = await seeded();
    const before = await librarySnapshot(db);
    const accepted = await acceptSuggestions(db, [hua1.id, sasse.id, hua1.id], T2);
    if (!accepted.ok) throw new Error(accepted.error);
    expect(accepted.value.label).toBe('accept suggestions');
    expect(await db.statements.get(hua1.id)).toEqual({ ...hua1, status: 'confirmed', updatedAt: T2.toISOString() });
    expect((await db.statements.get(sasse.id))?.origin).toBe('suggested');
    expect(await applyChange(db, accepted.value, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('rejects: deletes the statements and speakers made only for them; undo restores exactly', async () => {
    const { db, hua1, hua2, sasse, blinkenSaid } = await seeded();
    const before = await librarySnapshot(db);
    const rejected = await rejectSuggestions(db, [hua1.id, sasse.id, blinkenSaid.id]);
    if (!rejected.ok) throw new Error(rejected.error);
    expect(rejected.value.label).toBe('reject suggestions');
    expect((await db.statements.toArray()).map((s) => s.id)).toEqual([hua2.id]);
    // Ben Sasse was made for the rejected suggestion only; Hua Chunying is still named;
    // Antony Blinken was registered by a person.
    expect((await db.speakers.toArray()).map((s) => s.name).sort()).toEqual(['Antony Blinken', 'Hua Chunying']);
    expect(Object.keys(rejected.value.after.speakers ?? {})).toEqual([sasse.speakerId]);

    expect(await applyChange(db, rejected.value, 'undo')).toEqual({ ok: true, value: undefined });
    expect(await librarySnapshot(db)).toEqual(before);
    expect(await applyChange(db, rejected.value, 'redo')).toEqual({ ok: true, value: undefined });
    const last = await rejectSuggestions(db, [hua2.id]);
    expect(last.ok).toBe(true);
    expect((await db.speakers.toArray()).map((s) => s.name)).toEqual(['Antony Blinken']);
  });

  it('keeps a speaker a confirmed statement names', async () => {
    const { db, hua1, hua2 } = await seeded();
    expect((await acceptSuggestions(db, [hua1.id], T2)).ok).toBe(true);
    expect((await rejectSuggestions(db, [hua2.id])).ok).toBe(true);
    expect(await db.speakers.get(hua1.speakerId!)).toBeDefined();
  });

  it('refuses ids that are not pending statements, writing nothing', async () => {
    const { db, hua1, sasse } = await seeded();
    expect((await acceptSuggestions(db, [hua1.id], T2)).ok).toBe(true);
    const before = await librarySnapshot(db);
    const refusals = [
      await acceptSuggestions(db, [sasse.id, hua1.id], T3),
      await rejectSuggestions(db, [sasse.id, hua1.id]),
      await acceptSuggestions(db, [sasse.id, 'no-such-statement'], T3),
      await rejectSuggestions(db, ['no-such-statement', sasse.id]),
      await acceptSuggestions(db, [], T3),
      await rejectSuggestions(db, []),
    ];
    for (const result of refusals) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^[A-Z].*\.$/);
    }
    expect(await librarySnapshot(db)).toEqual(before);
  });
});
