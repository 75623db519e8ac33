import { describe, expect, it } from 'vitest';
import { SPEAKER_PALETTE } from '../../../src/core/speakers/speakerColor';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import {
  addValidArticle,
  BLINKEN_QUOTE,
  draftFor,
  HUA_QUOTE,
  mustSave,
  openTestDatabase,
  SANCTIONS,
  SASSE_QUOTE,
  sequentialIds,
  tableCounts,
  TREASURY_QUOTE,
} from './testDatabase';

const T1 = new Date('2026-04-01T09:00:00Z');
const T2 = new Date('2026-04-02T09:00:00Z');

describe('saveStatement: new statements', () => {
  it('creates the statement, a new speaker and a new topic together', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const draft = draftFor(article, HUA_QUOTE, {
      speaker: { newName: '  Hua Chunying ' },
      roleAtTime: 'Chinese Foreign Ministry spokesperson',
      topic: { newLabel: SANCTIONS },
      stance: 'against',
      claim: '  Xinjiang is open to visitors.  ',
      note: '   ',
    });
    const statement = await mustSave(db, draft, T1, sequentialIds('n'));

    expect(statement).toEqual({
      id: 'n-3',
      articleId: article.id,
      speakerId: 'n-1',
      quote: draft.quote,
      kind: 'direct',
      roleAtTime: 'Chinese Foreign Ministry spokesperson',
      claim: 'Xinjiang is open to visitors.',
      topicId: 'n-2',
      stance: 'against',
      tags: [],
      origin: 'manual',
      status: 'confirmed',
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    });
    expect(await db.statements.get('n-3')).toEqual(statement);
    expect(await db.speakers.get('n-1')).toEqual({
      id: 'n-1',
      name: 'Hua Chunying',
      aliases: [],
      kind: 'person',
      role: 'Chinese Foreign Ministry spokesperson',
      color: SPEAKER_PALETTE[0],
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    });
    expect(await db.topics.get('n-2')).toEqual({ id: 'n-2', label: SANCTIONS });
  });

  it('registers a new speaker named like an organisation as an organization, a person otherwise', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await mustSave(
      db,
      draftFor(article, TREASURY_QUOTE, { speaker: { newName: 'Treasury Department' } }),
      T1,
      sequentialIds('t'),
    );
    await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }), T1, sequentialIds('h'));
    const kinds = Object.fromEntries((await db.speakers.toArray()).map((s) => [s.name, s.kind]));
    expect(kinds).toEqual({ 'Treasury Department': 'organization', 'Hua Chunying': 'person' });
  });

  it('returns the change: the statement, speaker and topic it created, each absent before', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const saved = await saveStatement(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
      T1,
      sequentialIds('n'),
    );
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.value.change).toEqual({
      label: 'save statement',
      before: { speakers: { 'n-1': null }, topics: { 'n-2': null }, statements: { 'n-3': null } },
      after: {
        speakers: { 'n-1': await db.speakers.get('n-1') },
        topics: { 'n-2': await db.topics.get('n-2') },
        statements: { 'n-3': saved.value.statement },
      },
    });
  });

  it('stores a statement with no speaker and no topic', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const statement = await mustSave(db, draftFor(article, TREASURY_QUOTE, { kind: 'mixed' }));
    expect(statement.speakerId).toBeNull();
    expect(statement).not.toHaveProperty('topicId');
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 1 });
  });

  it('reuses a speaker and a topic typed again with other case, accents and spacing', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const first = await mustSave(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: SANCTIONS } }),
    );
    const second = await mustSave(
      db,
      draftFor(article, 'nothing short of absurdity', {
        speaker: { newName: 'húa   CHUNYING' },
        topic: { newLabel: 'SANCTIONS on Chinese officials over Xinjiang' },
      }),
    );
    expect(second.speakerId).toBe(first.speakerId);
    expect(second.topicId).toBe(first.topicId);
    expect(await tableCounts(db)).toEqual({ speakers: 1, topics: 1, statements: 2 });
  });

  it('reuses a speaker whose alias matches the typed name', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const first = await mustSave(db, draftFor(article, BLINKEN_QUOTE, { speaker: { newName: 'Antony Blinken' } }));
    await db.speakers.update(first.speakerId ?? '', { aliases: ['Secretary of State Antony Blinken', 'Blinken'] });
    const second = await mustSave(
      db,
      draftFor(article, 'in solidarity with our partners', { speaker: { newName: 'blinken' } }),
    );
    expect(second.speakerId).toBe(first.speakerId);
    expect(await db.speakers.count()).toBe(1);
  });

  it('picks an existing speaker and topic by id', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const first = await mustSave(
      db,
      draftFor(article, SASSE_QUOTE, { speaker: { newName: 'Ben Sasse' }, topic: { newLabel: SANCTIONS } }),
    );
    const second = await mustSave(
      db,
      draftFor(article, 'we cannot relent', {
        speaker: { id: first.speakerId ?? '' },
        topic: { id: first.topicId ?? '' },
      }),
    );
    expect(second).toMatchObject({ speakerId: first.speakerId, topicId: first.topicId });
    expect(await tableCounts(db)).toEqual({ speakers: 1, topics: 1, statements: 2 });
  });

  it('gives the first speakers distinct colours', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const names = ['U.S. Department of the Treasury', 'Antony Blinken', 'Hua Chunying', 'Ben Sasse'];
    const quotes = [TREASURY_QUOTE, BLINKEN_QUOTE, HUA_QUOTE, SASSE_QUOTE];
    for (const [i, name] of names.entries()) {
      await mustSave(db, draftFor(article, quotes[i] ?? '', { speaker: { newName: name } }));
    }
    const colors = (await db.speakers.toArray()).map((s) => s.color);
    expect(new Set(colors).size).toBe(4);
    expect(colors.sort()).toEqual(SPEAKER_PALETTE.slice(0, 4).sort());
  });

  it('gives a picked speaker without a role the role typed, and never overwrites one', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const hua = await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    const speakerId = hua.speakerId ?? '';
    expect(await db.speakers.get(speakerId)).not.toHaveProperty('role');

    await mustSave(db, draftFor(article, 'absurdity,', { speaker: { id: speakerId }, roleAtTime: 'Spokesperson' }), T2);
    expect(await db.speakers.get(speakerId)).toMatchObject({ role: 'Spokesperson', updatedAt: T2.toISOString() });

    const later = await mustSave(
      db,
      draftFor(article, 'lies and rumors', { speaker: { newName: 'Hua Chunying' }, roleAtTime: 'Ambassador' }),
    );
    expect(later.roleAtTime).toBe('Ambassador');
    expect((await db.speakers.get(speakerId))?.role).toBe('Spokesperson');
  });
});

describe('saveStatement: editing', () => {
  it('updates the statement, keeping createdAt, origin, status, tags and cue', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const original = await mustSave(db, draftFor(article, HUA_QUOTE, { claim: 'Open', note: 'check' }), T1);
    const cue = { start: 0, end: 2, exact: article.text.slice(0, 2), prefix: '', suffix: article.text.slice(2, 34) };
    await db.statements.update(original.id, { tags: ['visit'], cue, status: 'pending', origin: 'suggested' });

    const edited = await mustSave(
      db,
      { ...draftFor(article, HUA_QUOTE, { claim: 'Xinjiang is open', stance: 'against' }), id: original.id },
      T2,
    );
    expect(edited).toEqual({
      ...original,
      claim: 'Xinjiang is open',
      stance: 'against',
      note: undefined,
      tags: ['visit'],
      cue,
      status: 'pending',
      origin: 'suggested',
      updatedAt: T2.toISOString(),
    });
    expect(edited.createdAt).toBe(T1.toISOString());
    expect(await db.statements.get(original.id)).toEqual(edited);
    expect(await db.statements.count()).toBe(1);
  });

  it('refuses to edit a statement that does not exist, and creates nothing', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const saved = await saveStatement(db, {
      ...draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua' } }),
      id: 'gone',
    });
    expect(saved).toEqual({ ok: false, error: 'The statement being edited no longer exists.' });
    expect(await tableCounts(db)).toEqual({ speakers: 0, topics: 0, statements: 0 });
  });
});
