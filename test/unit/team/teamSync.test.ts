// Dexie finds IndexedDB when it loads (its live queries need the global).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { shareArticle } from '../../../src/storage/team/teamProjectRepository';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase, SASSE_QUOTE } from '../storage/testDatabase';
import { eventually, invitation, joinedClient, testServer } from './teamServer';

describe('team sync between two browsers and a real server', () => {
  it('carries an owner’s shared article and statement to a coder, and the coder’s statement back', async () => {
    const server = await testServer();
    const ann = await invitation(server, 'Xinjiang', 'Ann');
    const bob = await invitation(server, 'Xinjiang', 'Bob');
    const [dbA, dbB] = [openTestDatabase(), openTestDatabase()];
    await joinedClient(dbA, ann);
    await joinedClient(dbB, bob);
    const article = await addValidArticle(dbA);
    const shared = await shareArticle(dbA, article.id, ann.payload.projectId);
    expect(shared.ok).toBe(true);
    const mine = await mustSave(dbA, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    const got = await eventually(() => dbB.articles.get(article.id), (a) => a !== undefined);
    expect(got).toEqual({ ...article, projectId: ann.payload.projectId });
    const layers = await eventually(() => dbB.teamLayers.toArray(), (rows) => rows.some((r) => r.statements.length === 1));
    expect(layers.find((r) => r.coderId === ann.payload.coderId)?.statements).toEqual([mine]);
    expect(await dbB.statements.count()).toBe(0);
    const theirs = await mustSave(dbB, draftFor(article, SASSE_QUOTE, { speaker: { newName: 'Ben Sasse' } }));
    const back = await eventually(() => dbA.teamLayers.toArray(), (rows) => rows.some((r) => r.statements.length === 1));
    expect(back.find((r) => r.coderId === bob.payload.coderId)?.statements).toEqual([theirs]);
    expect(back.find((r) => r.coderId === bob.payload.coderId)?.speakers.map((s) => s.name)).toEqual(['Ben Sasse']);
    const statusA = await eventually(() => dbA.teamStatus.get(ann.payload.projectId), (s) => s?.connection === 'synced');
    expect(statusA).toEqual({ projectId: ann.payload.projectId, connection: 'synced' });
    await eventually(() => dbA.teamPending.count(), (n) => n === 0);
  });
});
