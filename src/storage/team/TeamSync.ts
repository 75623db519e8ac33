import * as Y from 'yjs';
import { liveQuery } from 'dexie';
import type { Speaker } from '../../core/model/speaker';
import type { Topic } from '../../core/model/topic';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { mirrorCodebook, mirrorGold, mirrorMyLayer, othersLayerRecord } from './mirrorToLibrary';
import type { ConnectionOptions } from './ProjectConnection';
import { projectDocPrefix } from './projectDocPrefix';
import { ProjectSync, type OutboxItem } from './ProjectSync';
import { TEAM_TABLES } from './teamTables';
import type { TeamOutboxRecord, TeamPendingRecord, TeamProjectRecord, TeamStatusRecord } from '../database/teamRecords';
import { readCodebookFacts } from './readCodebookFacts';
import { keepConflicts } from './keepConflicts';

/** How many updates a document may gather on this device before they are folded into one. */
const COMPACT_AFTER = 200;
/** Outbox rows carried per pass: a big import goes in slices, the page stays responsive. */
const CARRY_BATCH = 500;

export interface TeamSyncOptions {
  /** null: no network at all (tests of the library side). */
  connection: Omit<ConnectionOptions, 'online'> | null;
  online: () => boolean;
  now?: () => number;
}

/**
 * The sync client of every project this browser joined: the storage
 * layer's replication. Library writes are noted in the outbox by the
 * database itself (teamOutboxMiddleware); this carries them into the
 * projects' Yjs documents, keeps every update of those documents on the
 * device (teamUpdates), writes what the servers send into the library, and
 * keeps each project's status. All of it in one transaction per pass
 * (`flush`), so the device never holds a document update without what it
 * means for the library, nor clears an outbox row before its update is
 * kept. A local write never waits for any of it.
 */
export class TeamSync {
  private readonly projects = new Map<string, ProjectSync>();
  private readonly subscriptions: { unsubscribe(): void }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private flushQueued = false;
  private carrying = false;
  private carryAgain = false;
  private carried: { key: string; nonce: string }[] = [];
  private pending: TeamPendingRecord[] = [];
  /** Per project, the last mark its server acknowledged everything up to. */
  private readonly acked = new Map<string, number>();
  private mark = 0;
  private readonly statuses = new Map<string, string>();
  /** Updates kept on this device per document, to know when to fold them. */
  private readonly kept = new Map<string, number>();
  /** The projects being started: carrying waits for them, or their records would seem nobody's. */
  private reconciled: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: QuotemarkDatabase,
    private readonly options: TeamSyncOptions,
  ) {}

  /** Follow the joined projects and the outbox until stopped. */
  start(): void {
    const projects = liveQuery(() => this.db.teamProjects.toArray()).subscribe({
      next: (rows) => {
        this.reconciled = this.reconciled.then(() => this.reconcile(rows));
        void this.reconciled.then(() => this.carry());
      },
    });
    const outbox = liveQuery(() => this.db.teamOutbox.count()).subscribe({
      next: (count) => count > 0 && void this.carry(),
    });
    this.subscriptions.push(projects, outbox);
  }

  stop(): void {
    this.stopped = true;
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    for (const project of this.projects.values()) project.stop();
    this.projects.clear();
  }

  setOnline(online: boolean): void {
    for (const project of this.projects.values()) project.setOnline(online);
  }

  /** Resolves once everything queued so far is stored (tests, and a page about to close). */
  settled(): Promise<void> {
    return this.chain;
  }

  project(projectId: string): ProjectSync | undefined {
    return this.projects.get(projectId);
  }

  /** Start projects newly joined (or joined again with a new link), stop those left. */
  private async reconcile(rows: TeamProjectRecord[]): Promise<void> {
    if (this.stopped) return;
    const wanted = new Map(rows.map((row) => [row.projectId, row]));
    for (const [id, running] of this.projects) {
      const row = wanted.get(id);
      if (
        row &&
        row.token === running.project.token &&
        row.server === running.project.server &&
        row.coderId === running.project.coderId
      ) {
        running.carrySettings(row.settingsWanted);
        continue;
      }
      running.stop();
      this.projects.delete(id);
    }
    for (const row of rows) {
      if (this.projects.has(row.projectId)) continue;
      const stored = await this.storedUpdates(row.projectId);
      if (this.stopped || this.projects.has(row.projectId)) continue;
      const project = new ProjectSync(row, { queued: () => this.scheduleFlush(), status: (id) => this.onStatus(id) });
      this.projects.set(row.projectId, project);
      const connection = this.options.connection ? { ...this.options.connection, online: this.options.online() } : null;
      project.start(stored, connection);
      project.carrySettings(row.settingsWanted);
      this.onStatus(row.projectId);
    }
  }

  private async storedUpdates(projectId: string): Promise<Map<string, Uint8Array[]>> {
    const rows = await this.db.teamUpdates.where('doc').startsWith(projectDocPrefix(projectId)).toArray();
    const byDoc = new Map<string, Uint8Array[]>();
    for (const row of rows) byDoc.set(row.doc, [...(byDoc.get(row.doc) ?? []), row.update]);
    for (const [doc, updates] of byDoc) this.kept.set(doc, updates.length);
    return byDoc;
  }

  private nextMark(): number {
    this.mark = Math.max(this.options.now?.() ?? Date.now(), this.mark + 1);
    return this.mark;
  }

  private onStatus(projectId: string): void {
    const project = this.projects.get(projectId);
    // The server stored everything sent so far, and everything carried so
    // far was sent (carrying is synchronous): the pending marks up to now are done.
    if (project?.state().connection === 'synced') this.acked.set(projectId, this.mark);
    this.scheduleFlush();
  }

  /** Carry the outbox's records into the projects' documents, in slices, one pass at a time. */
  private async carry(): Promise<void> {
    await this.reconciled;
    if (this.carrying) {
      this.carryAgain = true;
      return;
    }
    this.carrying = true;
    try {
      do {
        this.carryAgain = false;
        const rows = await this.db.teamOutbox.limit(CARRY_BATCH).toArray();
        if (rows.length === 0 || this.stopped) break;
        const { items, named } = await this.readOutbox(rows);
        const now = this.options.now?.() ?? Date.now();
        for (const item of items) {
          const mark = this.nextMark();
          for (const project of this.projects.values()) {
            if (project.carry(item, named, now))
              this.pending.push({ key: `${project.projectId}|${item.row.key}`, projectId: project.projectId, mark });
          }
          this.carried.push({ key: item.row.key, nonce: item.row.nonce });
        }
        this.scheduleFlush();
        await this.chain;
        if (rows.length === CARRY_BATCH) this.carryAgain = true;
      } while (this.carryAgain && !this.stopped);
    } finally {
      this.carrying = false;
    }
  }

  /** The records the rows name, as they stand now, and the speakers and topics their statements name. */
  private readOutbox(rows: TeamOutboxRecord[]) {
    const db = this.db;
    return db.transaction('r', [db.articles, db.speakers, db.topics, db.statements, db.teamGold], async () => {
      const items: OutboxItem[] = [];
      for (const table of ['articles', 'speakers', 'topics', 'statements', 'teamGold'] as const) {
        const ofTable = rows.filter((row) => row.table === table);
        const records = await db.table(table).bulkGet(ofTable.map((row) => row.id));
        ofTable.forEach((row, i) => items.push({ row, record: records[i] }));
      }
      const statements = items.flatMap((item) =>
        (item.row.table === 'statements' || item.row.table === 'teamGold') && item.record
          ? [item.record as { speakerId: string | null; topicId?: string }]
          : [],
      );
      const speakerIds = [...new Set(statements.flatMap((s) => (s.speakerId ? [s.speakerId] : [])))];
      const topicIds = [...new Set(statements.flatMap((s) => (s.topicId ? [s.topicId] : [])))];
      const [speakers, topics] = await Promise.all([db.speakers.bulkGet(speakerIds), db.topics.bulkGet(topicIds)]);
      const named = {
        speakers: new Map(speakers.filter((s): s is Speaker => s !== undefined).map((s) => [s.id, s])),
        topics: new Map(topics.filter((t): t is Topic => t !== undefined).map((t) => [t.id, t])),
      };
      return { items, named };
    });
  }

  private scheduleFlush(): void {
    if (this.flushQueued || this.stopped) return;
    this.flushQueued = true;
    this.chain = this.chain.then(() => {
      this.flushQueued = false;
      return this.flush().catch((error: unknown) => console.error('Quotemark: team sync could not store', error));
    });
  }

  /** Store everything queued, in one transaction. */
  private async flush(): Promise<void> {
    if (this.stopped) return;
    const db = this.db;
    const carried = this.carried.splice(0);
    const pending = this.pending.splice(0);
    const work = [...this.projects.values()].map((project) => ({
      project,
      queued: project.docs.take(),
      status: this.statusOf(project),
    }));
    const acked = new Map(this.acked);
    await db.transaction('rw', TEAM_TABLES(db), async () => {
      for (const { project, queued, status } of work) {
        const { projectId } = project;
        const row = await db.teamProjects.get(projectId);
        if (!row) continue; // left meanwhile: keep nothing of it
        const codebook = [...queued.updates.keys()].find((n) => project.docs.docs.get(n)?.ref.kind === 'codebook');
        const updates = [...queued.updates].flatMap(([doc, list]) => list.map((update) => ({ doc, update })));
        if (updates.length > 0) await db.teamUpdates.bulkAdd(updates);
        for (const [doc, list] of queued.updates) await this.compactIfLong(project, doc, list.length);
        for (const [name, changed] of queued.changed) {
          const open = project.docs.docs.get(name);
          if (!open) continue;
          if (open.ref.kind === 'codebook') {
            await mirrorCodebook(db, projectId, open.doc, changed);
            const facts = readCodebookFacts(open.doc, projectId);
            if (changed.has('coders') || changed.has('settings')) await db.teamProjects.update(projectId, facts);
          } else if (open.ref.kind === 'gold') await mirrorGold(db, open.ref, open.doc, changed);
          else if (open.ref.coderId === project.coderId) await mirrorMyLayer(db, open.ref, open.doc, changed);
          else await db.teamLayers.put(othersLayerRecord(name, open.ref, open.doc));
        }
        const book = codebook && project.docs.docs.get(codebook);
        if (book) await keepConflicts(db, row, book.doc);
        // An owner's chosen settings, once the codebook holds them, are the project's.
        const settings = project.settings();
        if (
          row.settingsWanted &&
          settings &&
          settings.blindCoding === row.settingsWanted.blindCoding &&
          settings.layersOpen === row.settingsWanted.layersOpen
        ) {
          await db.teamProjects.update(projectId, { settings, settingsWanted: undefined });
        }
        if (status && this.statuses.get(projectId) !== JSON.stringify(status)) {
          await db.teamStatus.put(status);
          this.statuses.set(projectId, JSON.stringify(status));
        }
        const upTo = acked.get(projectId);
        if (upTo !== undefined)
          await db.teamPending
            .where('projectId')
            .equals(projectId)
            .filter((p) => p.mark <= upTo)
            .delete();
      }
      const fresh = pending.filter((p) => !(p.mark <= (acked.get(p.projectId) ?? -1)));
      if (fresh.length > 0) await db.teamPending.bulkPut(fresh);
      const rows = await db.teamOutbox.bulkGet(carried.map((c) => c.key));
      const done = carried.filter((c, i) => rows[i]?.nonce === c.nonce).map((c) => c.key);
      if (done.length > 0) await db.teamOutbox.bulkDelete(done);
    });
  }

  private statusOf(project: ProjectSync): TeamStatusRecord {
    const state = project.state();
    return {
      projectId: project.projectId,
      connection: state.connection,
      ...(state.refusal ? { refusal: state.refusal } : {}),
    };
  }

  /** Fold a document's updates into one once it gathered many (inside the pass's transaction). */
  private async compactIfLong(project: ProjectSync, name: string, added: number): Promise<void> {
    const count = (this.kept.get(name) ?? 0) + added;
    this.kept.set(name, count);
    const open = project.docs.docs.get(name);
    if (count <= COMPACT_AFTER || !open) return;
    // The document in memory holds every update kept (and perhaps a few
    // newer ones, which come again later: applying an update twice is harmless).
    await this.db.teamUpdates.where('doc').equals(name).delete();
    await this.db.teamUpdates.add({ doc: name, update: Y.encodeStateAsUpdate(open.doc) });
    this.kept.set(name, 1);
  }
}
