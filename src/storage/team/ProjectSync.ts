import type * as Y from 'yjs';
import type { Article } from '../../core/model/article';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { CoderSchema } from '../../core/team/coder';
import { documentAccess } from '../../core/team/documentAccess';
import { codebookDocName, goldDocName, layerDocName, type TeamDocRef } from '../../core/team/documentNames';
import { layersHidden, ProjectSettingsSchema, type ProjectSettings } from '../../core/team/projectSettings';
import { readRecord, readRecords, writeRecord } from '../../core/team/recordMap';
import { codebookTable } from '../../core/team/teamDocs';
import { FROM_LIBRARY } from './docOrigins';
import {
  carryArticle,
  carryRegistryRecord,
  carryStatement,
  carryStatementDeletion,
  type NamedRecords,
} from './carryRecord';
import { carryGold } from './carryGold';
import type { ProjectContext } from './ProjectContext';
import { ProjectConnection, type ConnectionOptions, type ConnectionState } from './ProjectConnection';
import { ProjectDocs, type OpenDoc } from './ProjectDocs';
import type { TeamGoldRecord, TeamOutboxRecord, TeamProjectRecord } from '../database/teamRecords';

/** A library record as the outbox names it, read at the time it is carried (undefined: deleted). */
export type OutboxItem = {
  row: TeamOutboxRecord;
  record: Article | Speaker | Topic | Statement | TeamGoldRecord | undefined;
};

/**
 * One joined project: its documents on this device, its connection, and
 * which documents it needs: the codebook, my layer on each of its articles
 * (unless I only read), the other coders' layers I may read, and the gold
 * layer of each article (owners write it, others read it when allowed).
 */
export class ProjectSync implements ProjectContext {
  readonly docs: ProjectDocs;
  private connection: ProjectConnection | null = null;

  constructor(
    readonly project: TeamProjectRecord,
    private readonly on: {
      /** A document changed: something to store. */
      queued: (projectId: string) => void;
      /** The connection's state may have changed (its providers' counts, its socket). */
      status: (projectId: string) => void;
    },
  ) {
    // Yjs calls observers before its update handlers (the provider's, which
    // counts an update as unsent among them): a document change is never
    // taken as news of the connection.
    this.docs = new ProjectDocs(project.projectId, (doc) => {
      if (doc.ref.kind === 'codebook') this.openNeededDocs();
      this.on.queued(this.projectId);
    });
  }

  get projectId() {
    return this.project.projectId;
  }
  get coderId() {
    return this.project.coderId;
  }
  get role() {
    return this.project.role;
  }

  /** Open the documents kept on this device, then connect (when online) and open what the codebook names. */
  start(stored: Map<string, Uint8Array[]>, options: ConnectionOptions | null): void {
    for (const [name, updates] of stored) this.docs.open(name, updates);
    const codebook = this.docs.open(codebookDocName(this.projectId));
    if (options && codebook) {
      this.connection = new ProjectConnection(
        this.project.server,
        this.project.token,
        codebook.name,
        () => this.on.status(this.projectId),
        options,
      );
    }
    for (const doc of this.docs.docs.values()) this.connect(doc);
    this.openNeededDocs();
  }

  codebook(): Y.Doc {
    const codebook = this.docs.open(codebookDocName(this.projectId));
    if (!codebook) throw new Error(`No codebook for project ${this.projectId}`);
    return codebook.doc;
  }

  settings(): ProjectSettings | null {
    const read = readRecord(codebookTable(this.codebook(), 'settings'), ProjectSettingsSchema, this.projectId);
    return read?.ok ? read.value : null;
  }

  myLayer(articleId: string): OpenDoc | null {
    const ref: TeamDocRef = { kind: 'layer', projectId: this.projectId, articleId, coderId: this.coderId };
    if (this.accessTo(ref) !== 'write') return null;
    return this.openDoc(layerDocName(this.projectId, articleId, this.coderId));
  }

  myLayers(): OpenDoc[] {
    return [...this.docs.docs.values()].filter((d) => d.ref.kind === 'layer' && d.ref.coderId === this.coderId);
  }

  goldToWrite(articleId: string): OpenDoc | null {
    const ref: TeamDocRef = { kind: 'gold', projectId: this.projectId, articleId };
    if (this.accessTo(ref) !== 'write') return null;
    return this.openDoc(goldDocName(this.projectId, articleId));
  }

  /** Write an owner's chosen settings into the codebook, unless it holds them already. */
  carrySettings(wanted: ProjectSettings | undefined): void {
    const current = this.settings();
    if (
      !wanted ||
      this.role !== 'owner' ||
      !current ||
      (current.blindCoding === wanted.blindCoding && current.layersOpen === wanted.layersOpen)
    )
      return;
    const codebook = this.codebook();
    codebook.transact(
      () =>
        writeRecord(
          codebookTable(codebook, 'settings'),
          ProjectSettingsSchema,
          { ...current, blindCoding: wanted.blindCoding, layersOpen: wanted.layersOpen },
          { by: this.coderId, now: Date.now() },
        ),
      FROM_LIBRARY,
    );
  }

  /** Carry one outbox item into the documents; false when it is none of this project's business. */
  carry({ row, record }: OutboxItem, named: NamedRecords, now: number): boolean {
    switch (row.table) {
      case 'statements':
        return record ? carryStatement(this, record as Statement, named, now) : carryStatementDeletion(this, row.id);
      case 'articles':
        return carryArticle(this, row.id, record as Article | undefined);
      case 'speakers':
      case 'topics':
        return carryRegistryRecord(this, row.table, record as Speaker | Topic | undefined, now);
      case 'teamGold':
        return carryGold(this, record as TeamGoldRecord | undefined, named, now);
    }
  }

  state(): ConnectionState {
    return this.connection?.state() ?? { connection: 'offline' };
  }

  setOnline(online: boolean): void {
    this.connection?.setOnline(online);
  }

  stop(): void {
    this.connection?.destroy();
    this.connection = null;
    this.docs.destroy();
  }

  private accessTo(ref: TeamDocRef) {
    const access = documentAccess(ref, this.project, layersHidden(this.settings()));
    return access.ok ? access.value : null;
  }

  private openDoc(name: string): OpenDoc | null {
    const doc = this.docs.open(name);
    if (doc) this.connect(doc);
    return doc;
  }

  private connect(doc: OpenDoc): void {
    if (this.accessTo(doc.ref) !== null) this.connection?.attach(doc.name, doc.doc);
  }

  /** Every layer (and gold layer) the codebook's articles and coders call for and I may read. */
  private openNeededDocs(): void {
    const codebook = this.codebook();
    const articleIds = [...codebookTable(codebook, 'articles').keys()];
    const coders = readRecords(codebookTable(codebook, 'coders'), CoderSchema).records;
    for (const articleId of articleIds) {
      if (this.role !== 'reader') this.myLayer(articleId);
      for (const coder of coders) {
        if (coder.id === this.coderId || coder.role === 'reader') continue;
        const ref: TeamDocRef = { kind: 'layer', projectId: this.projectId, articleId, coderId: coder.id };
        if (this.accessTo(ref) !== null) this.openDoc(layerDocName(this.projectId, articleId, coder.id));
      }
      if (this.accessTo({ kind: 'gold', projectId: this.projectId, articleId }) !== null)
        this.openDoc(goldDocName(this.projectId, articleId));
    }
  }
}
