// Dexie finds IndexedDB when it loads (its live queries need the global).
import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Statement } from '../../../src/core/model/statement';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import type { TeamProjectRecord } from '../../../src/storage/database/teamRecords';
import { shareArticle } from '../../../src/storage/team/teamProjectRepository';
import { TeamSync } from '../../../src/storage/team/TeamSync';
import { addValidArticle, BLINKEN_QUOTE, openTestDatabase } from '../storage/testDatabase';
import { eventually } from './eventually';
import { relay, settled } from './relayClients';

const PROJECT = 'project-1';
const T = '2026-03-01T10:00:00.000Z';

interface Client {
  db: QuotemarkDatabase;
  sync: TeamSync;
}

/** An owner's browser with no network: documents travel only by `relay`. */
async function owner(coderId: string): Promise<Client> {
  const db = openTestDatabase();
  const row: TeamProjectRecord = {
    projectId: PROJECT,
    projectName: 'Xinjiang',
    server: 'ws://127.0.0.1:1',
    token: 'qm1.x.y',
    coderId,
    coderName: coderId,
    role: 'owner',
    expiresAt: '2030-01-01T00:00:00.000Z',
    joinedAt: T,
    coders: [],
    settings: null,
  };
  await db.teamProjects.put(row);
  const sync = new TeamSync(db, { connection: null, online: () => false });
  sync.start();
  onTestFinished(() => sync.stop());
  await eventually(
    async () => sync.project(PROJECT),
    (p) => p !== undefined,
  );
  return { db, sync };
}

const conflictsOf = async (c: Client) => (await c.db.teamProjects.get(PROJECT))?.conflicts ?? [];

/** Ann shares an article with a statement by Blinken: the speaker goes into the codebook. */
async function sharedSpeaker(ann: Client): Promise<Speaker> {
  const article = await addValidArticle(ann.db);
  const speaker: Speaker = {
    id: 'sp-blinken',
    name: 'Antony Blinken',
    aliases: [],
    kind: 'person',
    createdAt: T,
    updatedAt: T,
  };
  const start = article.text.indexOf(BLINKEN_QUOTE);
  const quote = createAnchor(article.text, start, start + BLINKEN_QUOTE.length);
  if (!quote) throw new Error('quote not found');
  const statement: Statement = {
    id: 'st-1',
    articleId: article.id,
    speakerId: speaker.id,
    quote,
    kind: 'direct',
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: T,
    updatedAt: T,
  };
  await ann.db.transaction('rw', [ann.db.speakers, ann.db.statements], async () => {
    await ann.db.speakers.put(speaker);
    await ann.db.statements.put(statement);
  });
  const shared = await shareArticle(ann.db, article.id, PROJECT);
  if (!shared.ok) throw new Error(shared.error);
  return speaker;
}

describe('same-field conflicts in a project’s codebook', () => {
  it('keeps both values, who and when, until the field is written again', async () => {
    const ann = await owner('ann');
    const bob = await owner('bob');
    const speaker = await sharedSpeaker(ann);
    await relay(PROJECT, ann, bob);
    expect(await bob.db.speakers.get(speaker.id)).toEqual(speaker);

    // Both rename him without seeing the other's rename; Bob first, and an
    // edit of another field (Ann's role) merges without conflict.
    await bob.db.speakers.put({ ...speaker, name: 'Tony Blinken', updatedAt: '2026-03-01T13:01:00.000Z' });
    await ann.db.speakers.put({
      ...speaker,
      name: 'A. Blinken',
      role: 'Secretary of State',
      updatedAt: '2026-03-01T13:02:00.000Z',
    });
    await relay(PROJECT, ann, bob);
    await relay(PROJECT, bob, ann);

    for (const c of [ann, bob]) {
      expect((await c.db.speakers.get(speaker.id))?.name).toBe('A. Blinken');
      expect((await c.db.speakers.get(speaker.id))?.role).toBe('Secretary of State');
      const conflicts = await conflictsOf(c);
      expect(
        conflicts.map((k) => ({
          table: k.table,
          id: k.id,
          name: k.name,
          field: k.field,
          current: [k.current.value, k.current.by, new Date(k.current.at).toISOString()],
          others: k.others.map((o) => [o.value, o.by, new Date(o.at).toISOString()]),
        })),
      ).toEqual([
        {
          table: 'speakers',
          id: speaker.id,
          name: 'A. Blinken',
          field: 'name',
          current: ['A. Blinken', 'ann', '2026-03-01T13:02:00.000Z'],
          others: [['Tony Blinken', 'bob', '2026-03-01T13:01:00.000Z']],
        },
      ]);
    }

    // Ann settles it by writing the name again, having seen both.
    await ann.db.speakers.put({
      ...(await ann.db.speakers.get(speaker.id))!,
      name: 'Antony Blinken',
      updatedAt: '2026-03-01T13:05:00.000Z',
    });
    await settled(ann);
    expect(await conflictsOf(ann)).toEqual([]);
    await relay(PROJECT, ann, bob);
    expect(await conflictsOf(bob)).toEqual([]);
    expect((await bob.db.speakers.get(speaker.id))?.name).toBe('Antony Blinken');
  });
});
