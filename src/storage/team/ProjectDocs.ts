import * as Y from 'yjs';
import { parseDocName, type TeamDocRef } from '../../core/team/documentNames';
import { CODEBOOK_TABLES, GOLD_TABLES, LAYER_TABLES } from '../../core/team/teamDocs';
import { FROM_DEVICE, fromServer } from './docOrigins';

/** One Yjs document of a project, open in memory. */
export interface OpenDoc {
  name: string;
  ref: TeamDocRef;
  doc: Y.Doc;
}

/** Record ids the server changed, per table. */
export type ChangedRecords = Map<string, Set<string>>;

/** What a project's documents gathered since they were last stored. */
export interface QueuedWork {
  /** Updates to keep on this device, per document, in the order made. */
  updates: Map<string, Uint8Array[]>;
  /** Records the server changed, per document: they must reach the library. */
  changed: Map<string, ChangedRecords>;
}

const tablesOf = (ref: TeamDocRef) =>
  Object.keys(ref.kind === 'codebook' ? CODEBOOK_TABLES : ref.kind === 'gold' ? GOLD_TABLES : LAYER_TABLES);

/**
 * The Yjs documents of one project that this device holds: each opened
 * from the updates kept on the device, then watched. Every update made to
 * it (by the server or by carrying a library write in) is queued to be
 * kept; every record the server changed is queued to reach the library.
 */
export class ProjectDocs {
  readonly docs = new Map<string, OpenDoc>();
  private queued: QueuedWork = { updates: new Map(), changed: new Map() };

  constructor(
    readonly projectId: string,
    /** After any change of a document; `server` when it came from the server. */
    private readonly onChange: (doc: OpenDoc, server: boolean) => void,
  ) {}

  /** The document of this name, opened from `stored` (its kept updates) if not open yet; null for a name of no document of this project. */
  open(name: string, stored: readonly Uint8Array[] = []): OpenDoc | null {
    const existing = this.docs.get(name);
    if (existing) return existing;
    const ref = parseDocName(name);
    if (!ref || ref.projectId !== this.projectId) return null;
    const doc = new Y.Doc();
    if (stored.length > 0)
      Y.applyUpdate(doc, stored.length === 1 ? (stored[0] as Uint8Array) : Y.mergeUpdates([...stored]), FROM_DEVICE);
    const open: OpenDoc = { name, ref, doc };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_DEVICE) return;
      const list = this.queued.updates.get(name) ?? [];
      list.push(update);
      this.queued.updates.set(name, list);
    });
    for (const table of tablesOf(ref)) {
      const map = doc.getMap(table);
      map.observeDeep((events, transaction) => {
        const server = fromServer(transaction.origin);
        if (server)
          for (const event of events)
            this.noteChanged(name, table, event.target === map ? [...event.changes.keys.keys()] : [event.path[0]]);
        this.onChange(open, server);
      });
    }
    this.docs.set(name, open);
    return open;
  }

  /** Hand over what was queued, and start a new queue. */
  take(): QueuedWork {
    const work = this.queued;
    this.queued = { updates: new Map(), changed: new Map() };
    return work;
  }

  hasQueued(): boolean {
    return this.queued.updates.size > 0 || this.queued.changed.size > 0;
  }

  destroy(): void {
    for (const { doc } of this.docs.values()) doc.destroy();
    this.docs.clear();
  }

  private noteChanged(name: string, table: string, ids: unknown[]): void {
    const tables = this.queued.changed.get(name) ?? new Map<string, Set<string>>();
    const set = tables.get(table) ?? new Set<string>();
    for (const id of ids) if (typeof id === 'string') set.add(id);
    tables.set(table, set);
    this.queued.changed.set(name, tables);
  }
}
