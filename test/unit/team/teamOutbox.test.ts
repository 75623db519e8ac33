import { describe, expect, it } from 'vitest';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { deleteStatement, saveStatement } from '../../../src/storage/repositories/statementRepository';
import type { TeamProjectRecord } from '../../../src/storage/database/teamRecords';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase, SASSE_QUOTE } from '../storage/testDatabase';

const joined = (db: QuotemarkDatabase) =>
  db.teamProjects.put({
    projectId: 'p',
    projectName: 'P',
    server: 'ws://127.0.0.1:1',
    token: 't',
    coderId: 'c',
    coderName: 'C',
    role: 'owner',
    expiresAt: '2030-01-01T00:00:00.000Z',
    joinedAt: '2026-01-01T00:00:00.000Z',
    coders: [],
    settings: null,
  } satisfies TeamProjectRecord);

const noted = async (db: QuotemarkDatabase) => (await db.teamOutbox.toArray()).map((row) => row.key).sort();

describe('the team outbox', () => {
  it('notes nothing while no project is joined: a solo library pays one count per write', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await mustSave(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: 'Sanctions' } }),
    );
    expect(await db.teamOutbox.count()).toBe(0);
  });

  it('notes every library write in its own transaction once a project is joined, whatever wrote it', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await joined(db);
    const saved = await mustSave(
      db,
      draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' }, topic: { newLabel: 'Sanctions' } }),
    );
    expect(await noted(db)).toEqual(
      [`speakers/${saved.speakerId}`, `statements/${saved.id}`, `topics/${saved.topicId}`].sort(),
    );
    const removed = await deleteStatement(db, saved.id);
    expect(removed.ok).toBe(true);
    expect(await noted(db)).toContain(`statements/${saved.id}`);
    await db.speakers.clear();
    expect(await noted(db)).toContain(`speakers/${saved.speakerId}`);
  });

  it('notes nothing of a refused write: the transaction that failed leaves no row', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await joined(db);
    const refused = await saveStatement(db, {
      ...draftFor(article, SASSE_QUOTE),
      quote: { ...draftFor(article, SASSE_QUOTE).quote, exact: 'not there' },
    });
    expect(refused.ok).toBe(false);
    expect(await db.teamOutbox.count()).toBe(0);
  });

  it('does not note what the sync client writes (its transactions take teamUpdates): no echo', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    await joined(db);
    const saved = await mustSave(db, draftFor(article, HUA_QUOTE));
    await db.teamOutbox.clear();
    await db.transaction('rw', [db.statements, db.teamUpdates], () =>
      db.statements.put({ ...saved, claim: 'From the server' }),
    );
    expect(await db.teamOutbox.count()).toBe(0);
    expect((await db.statements.get(saved.id))?.claim).toBe('From the server');
  });
});
