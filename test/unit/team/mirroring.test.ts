// Dexie finds IndexedDB when it loads (its live queries need the global).
import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Article } from '../../../src/core/model/article';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Statement } from '../../../src/core/model/statement';
import type { Topic } from '../../../src/core/model/topic';
import type { TeamRole } from '../../../src/core/team/teamRoles';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { leaveProject, shareArticle } from '../../../src/storage/team/teamProjectRepository';
import type { TeamProjectRecord } from '../../../src/storage/database/teamRecords';
import { TeamSync } from '../../../src/storage/team/TeamSync';
import { addValidArticle, openTestDatabase } from '../storage/testDatabase';
import { eventually } from './eventually';
import { relay, settled } from './relayClients';

const PROJECT = 'project-1';
const T = '2026-03-01T10:00:00.000Z';

interface Client {
  db: QuotemarkDatabase;
  sync: TeamSync;
  coderId: string;
}

/** A browser joined to the project as `coderId`, with no network: documents travel only by `relay`. */
async function client(coderId: string, role: TeamRole): Promise<Client> {
  const db = openTestDatabase();
  const row: TeamProjectRecord = {
    projectId: PROJECT,
    projectName: 'Xinjiang',
    server: 'ws://127.0.0.1:1',
    token: 'qm1.x.y',
    coderId,
    coderName: coderId,
    role,
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
  return { db, sync, coderId };
}

/** Client ids that wrote into a client's documents. */
function writersOf(c: Client): Set<number> {
  const writers = new Set<number>();
  for (const open of c.sync.project(PROJECT)?.docs.docs.values() ?? [])
    for (const id of Y.decodeStateVector(Y.encodeStateVector(open.doc)).keys()) writers.add(id);
  return writers;
}

/** A library with every optional field of every record set, shared by its owner. */
async function fullLibrary(owner: Client) {
  const added = await addValidArticle(owner.db);
  const article: Article = {
    ...added,
    source: 'The Hill',
    url: 'https://thehill.com/x',
    author: 'Jane Doe',
    publishedAt: '2021-03-22',
    updatedAt: '2026-03-01T10:05:00.000Z',
  };
  await owner.db.articles.put(article);
  const speaker: Speaker = {
    id: 'sp-hua',
    name: 'Hua Chunying',
    aliases: ['Hua'],
    kind: 'person',
    role: 'Spokesperson',
    affiliation: 'Foreign Ministry',
    notes: 'Spoke twice',
    color: '#a8d8ff',
    createdAt: T,
    updatedAt: T,
  };
  const topic: Topic = { id: 't-sanctions', label: 'Sanctions', description: 'Sanctions over Xinjiang' };
  const text = article.text;
  const at = (s: string) => {
    const start = text.indexOf(s);
    const anchor = createAnchor(text, start, start + s.length);
    if (!anchor) throw new Error(s);
    return anchor;
  };
  const statement: Statement = {
    id: 'st-1',
    articleId: article.id,
    speakerId: speaker.id,
    quote: at('The door to Xinjiang is always open.'),
    cue: at('said'),
    kind: 'direct',
    roleAtTime: 'Chinese Foreign Ministry spokesperson',
    claim: 'Xinjiang is open to visitors',
    topicId: topic.id,
    stance: 'against',
    tags: ['denial', 'travel'],
    note: 'Check the date',
    orphanedAt: '2026-03-02T00:00:00.000Z',
    origin: 'suggested',
    status: 'pending',
    createdAt: T,
    updatedAt: '2026-03-01T11:00:00.000Z',
  };
  await owner.db.transaction('rw', [owner.db.speakers, owner.db.topics, owner.db.statements], async () => {
    await owner.db.speakers.put(speaker);
    await owner.db.topics.put(topic);
    await owner.db.statements.put(statement);
  });
  const shared = await shareArticle(owner.db, article.id, PROJECT);
  if (!shared.ok) throw new Error(shared.error);
  return { article: { ...article, projectId: PROJECT }, speaker, topic, statement };
}

describe('mirroring the library and a project’s Yjs documents', () => {
  it('brings back every field of every record on a fresh device of the same coder', async () => {
    const ann = await client('ann', 'owner');
    const records = await fullLibrary(ann);
    const again = await client('ann', 'owner');
    await relay(PROJECT, ann, again);
    expect(await again.db.articles.toArray()).toEqual([records.article]);
    expect(await again.db.speakers.toArray()).toEqual([records.speaker]);
    expect(await again.db.topics.toArray()).toEqual([records.topic]);
    expect(await again.db.statements.toArray()).toEqual([records.statement]);
    // And the owner's own library is as it wrote it.
    expect(await ann.db.statements.toArray()).toEqual([records.statement]);
  });

  it('shows another coder’s statements in a read-only layer, not among the coder’s own, with the speaker the coder made', async () => {
    const ann = await client('ann', 'owner');
    const { article, statement } = await fullLibrary(ann);
    const bob = await client('bob', 'coder');
    await relay(PROJECT, ann, bob);
    expect(await bob.db.articles.toArray()).toEqual([article]);
    expect(await bob.db.statements.count()).toBe(0);
    // Bob codes with a speaker of his own making: the codebook is not his to write.
    const sasse: Speaker = {
      id: 'sp-sasse',
      name: 'Ben Sasse',
      aliases: [],
      kind: 'person',
      createdAt: T,
      updatedAt: T,
    };
    const theirs: Statement = {
      ...statement,
      id: 'st-bob',
      speakerId: sasse.id,
      topicId: undefined,
      orphanedAt: undefined,
      status: 'confirmed',
      origin: 'manual',
    };
    delete theirs.topicId;
    delete theirs.orphanedAt;
    await bob.db.transaction('rw', [bob.db.speakers, bob.db.statements], async () => {
      await bob.db.speakers.put(sasse);
      await bob.db.statements.put(theirs);
    });
    await relay(PROJECT, bob, ann);
    const layers = await ann.db.teamLayers.toArray();
    expect(layers.map((l) => [l.coderId, l.statements, l.speakers])).toEqual([['bob', [theirs], [sasse]]]);
    expect((await ann.db.statements.toArray()).map((s) => s.id)).toEqual([statement.id]);
    expect(await ann.db.speakers.get(sasse.id)).toBeUndefined();
  });

  it('does not echo: what came from the server is neither noted in the outbox nor written back into a document', async () => {
    const ann = await client('ann', 'owner');
    await fullLibrary(ann);
    const again = await client('ann', 'owner');
    const annWriters = writersOf(ann);
    await relay(PROJECT, ann, again);
    expect(await again.db.teamOutbox.count()).toBe(0);
    expect(await again.db.teamPending.count()).toBe(0);
    // Only the owner's first device ever wrote into the documents.
    expect(writersOf(again)).toEqual(annWriters);
    // And a later edit there travels back as an edit of that one field.
    const edited = {
      ...(await again.db.statements.get('st-1'))!,
      claim: 'Open, they say',
      updatedAt: '2026-03-03T00:00:00.000Z',
    };
    await again.db.statements.put(edited);
    await relay(PROJECT, again, ann);
    expect(await ann.db.statements.get('st-1')).toEqual(edited);
    expect(await ann.db.teamOutbox.count()).toBe(0);
  });

  it('deletes a statement on every device of its coder', async () => {
    const ann = await client('ann', 'owner');
    await fullLibrary(ann);
    const again = await client('ann', 'owner');
    await relay(PROJECT, ann, again);
    await ann.db.statements.delete('st-1');
    await relay(PROJECT, ann, again);
    expect(await again.db.statements.count()).toBe(0);
  });

  it('keeps the documents on the device: a reopened client holds what it had, with nothing to send', async () => {
    const ann = await client('ann', 'owner');
    await fullLibrary(ann);
    await settled(ann);
    ann.sync.stop();
    const reopened = new TeamSync(ann.db, { connection: null, online: () => false });
    reopened.start();
    onTestFinished(() => reopened.stop());
    const project = await eventually(
      async () => reopened.project(PROJECT),
      (p) => p !== undefined,
    );
    const again = await client('ann', 'owner');
    const fresh = { ...ann, sync: reopened };
    await relay(PROJECT, fresh, again);
    expect((await again.db.statements.toArray()).map((s) => s.id)).toEqual(['st-1']);
    expect(project?.docs.docs.size).toBeGreaterThan(1);
  });

  it('leaving keeps the project’s articles as local ones, or deletes them when asked', async () => {
    const ann = await client('ann', 'owner');
    const { article, statement } = await fullLibrary(ann);
    await settled(ann);
    const bob = await client('bob', 'coder');
    await relay(PROJECT, ann, bob);
    await leaveProject(ann.db, PROJECT, false);
    const local: Article = { ...article };
    delete local.projectId;
    expect(await ann.db.articles.toArray()).toEqual([local]);
    expect(await ann.db.statements.toArray()).toEqual([statement]);
    for (const table of ['teamProjects', 'teamUpdates', 'teamPending', 'teamLayers', 'teamStatus', 'teamOutbox'])
      expect(await ann.db.table(table).count(), table).toBe(0);
    await leaveProject(bob.db, PROJECT, true);
    expect(await bob.db.articles.count()).toBe(0);
  });
});
