// Dexie finds IndexedDB when it loads (its live queries need the global).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseProjectSettings, shareArticle } from '../../../src/storage/team/teamProjectRepository';
import {
  addValidArticle,
  draftFor,
  HUA_QUOTE,
  mustSave,
  openTestDatabase,
  SASSE_QUOTE,
  BLINKEN_QUOTE,
} from '../storage/testDatabase';
import { eventually } from './eventually';
import { invitation, joinedClient, testServer } from './teamServer';

let server: Awaited<ReturnType<typeof testServer>>;
// Starting the embedded store (PostgreSQL in WebAssembly) takes seconds on a busy machine.
beforeAll(async () => {
  server = await testServer();
}, 60_000);
afterAll(() => server.stop());

/** An owner with a shared sample article, and a coder of the same project, both online. */
async function ownerAndCoder(project: string) {
  const ann = await invitation(server, project, 'Ann');
  const bob = await invitation(server, project, 'Bob');
  const [dbA, dbB] = [openTestDatabase(), openTestDatabase()];
  const syncA = await joinedClient(dbA, ann);
  const syncB = await joinedClient(dbB, bob);
  const article = await addValidArticle(dbA);
  const shared = await shareArticle(dbA, article.id, ann.payload.projectId);
  if (!shared.ok) throw new Error(shared.error);
  await eventually(
    () => dbB.articles.get(article.id),
    (a) => a !== undefined,
  );
  return { ann, bob, dbA, dbB, syncA, syncB, article, projectId: ann.payload.projectId };
}

describe('team sync between browsers and a real server', () => {
  it('carries an owner’s shared article and statement to a coder, and the coder’s statement back', async () => {
    const { ann, bob, dbA, dbB, article, projectId } = await ownerAndCoder('Carry');
    expect(await dbB.articles.get(article.id)).toEqual({ ...article, projectId });
    const mine = await mustSave(dbA, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    const layers = await eventually(
      () => dbB.teamLayers.toArray(),
      (rows) => rows.some((r) => r.statements.length === 1),
    );
    expect(layers.find((r) => r.coderId === ann.payload.coderId)?.statements).toEqual([mine]);
    expect(await dbB.statements.count()).toBe(0);
    const theirs = await mustSave(dbB, draftFor(article, SASSE_QUOTE, { speaker: { newName: 'Ben Sasse' } }));
    const back = await eventually(
      () => dbA.teamLayers.toArray(),
      (rows) => rows.some((r) => r.statements.length === 1),
    );
    expect(back.find((r) => r.coderId === bob.payload.coderId)?.statements).toEqual([theirs]);
    expect(back.find((r) => r.coderId === bob.payload.coderId)?.speakers.map((s) => s.name)).toEqual(['Ben Sasse']);
    await eventually(
      () => dbA.teamStatus.get(projectId),
      (s) => s?.connection === 'synced',
    );
    await eventually(
      () => dbA.teamPending.count(),
      (n) => n === 0,
    );
  });

  it('keeps a coder’s changes on the device while offline, counts them, and sends them on coming back', async () => {
    const { bob, dbA, dbB, syncB, article, projectId } = await ownerAndCoder('Offline');
    await eventually(
      () => dbB.teamStatus.get(projectId),
      (s) => s?.connection === 'synced',
    );
    syncB.setOnline(false);
    await eventually(
      () => dbB.teamStatus.get(projectId),
      (s) => s?.connection === 'offline',
    );
    const first = await mustSave(dbB, draftFor(article, SASSE_QUOTE));
    const second = await mustSave(dbB, draftFor(article, BLINKEN_QUOTE));
    expect(
      await eventually(
        () => dbB.teamPending.count(),
        (n) => n === 2,
      ),
    ).toBe(2);
    expect((await dbA.teamLayers.toArray()).flatMap((r) => r.statements)).toEqual([]);
    syncB.setOnline(true);
    await eventually(
      () => dbB.teamStatus.get(projectId),
      (s) => s?.connection === 'synced',
    );
    await eventually(
      () => dbB.teamPending.count(),
      (n) => n === 0,
    );
    const layer = await eventually(
      () => dbA.teamLayers.toArray(),
      (rows) => rows.some((r) => r.coderId === bob.payload.coderId && r.statements.length === 2),
    );
    expect(
      layer
        .find((r) => r.coderId === bob.payload.coderId)
        ?.statements.map((s) => s.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
  });

  it('says Refused when the owner revokes a coder, and the coder’s later writes stay on the device', async () => {
    const { dbB, article, projectId } = await ownerAndCoder('Revoked');
    await eventually(
      () => dbB.teamStatus.get(projectId),
      (s) => s?.connection === 'synced',
    );
    const revoked = await server.revoke({ project: 'Revoked', coder: 'Bob' });
    expect(revoked.ok).toBe(true);
    await eventually(
      () => dbB.teamStatus.get(projectId),
      (s) => s?.connection === 'refused',
    );
    expect(await dbB.teamStatus.get(projectId)).toEqual({ projectId, connection: 'refused', refusal: 'revoked-token' });
    await mustSave(dbB, draftFor(article, SASSE_QUOTE));
    expect(
      await eventually(
        () => dbB.teamPending.count(),
        (n) => n === 1,
      ),
    ).toBe(1);
  });

  it('blind coding: an owner hides the layers from coders, who stay Synced, and opening them shows them again', async () => {
    const { ann, dbA, dbB, article, projectId } = await ownerAndCoder('Blind');
    const annLayer = () =>
      dbB.teamLayers
        .toArray()
        .then((rows) => rows.find((r) => r.coderId === ann.payload.coderId)?.statements.map((s) => s.id) ?? []);
    const before = await mustSave(dbA, draftFor(article, HUA_QUOTE));
    await eventually(annLayer, (ids) => ids.includes(before.id));
    expect(await chooseProjectSettings(dbA, projectId, { blindCoding: true, layersOpen: false })).toBe(true);
    await eventually(
      () => dbB.teamProjects.get(projectId),
      (row) => row?.settings?.blindCoding === true,
    );
    const hidden = await mustSave(dbA, draftFor(article, SASSE_QUOTE));
    await eventually(
      () => dbA.teamPending.count(),
      (n) => n === 0,
    );
    await eventually(
      () => dbB.teamStatus.get(projectId),
      (s) => s?.connection === 'synced',
    );
    expect(await annLayer()).not.toContain(hidden.id);
    expect(await chooseProjectSettings(dbA, projectId, { blindCoding: true, layersOpen: true })).toBe(true);
    await eventually(annLayer, (ids) => ids.includes(hidden.id));
  });
});
