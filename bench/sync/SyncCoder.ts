import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * One coder's client in Node, shaped as the app's (src/storage/team):
 * Y.Docs in memory, one socket carrying every document, one provider per
 * document with the coder's token. "Settled" is what the app calls
 * Synced: every document has done its first sync and the server has
 * acknowledged, so stored, every update sent (unsyncedChanges 0).
 */
export class SyncCoder {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<string, HocuspocusProvider>();
  private readonly docs = new Map<string, Y.Doc>();
  private readonly watchers = new Set<() => void>();
  private readonly notify = () => {
    for (const watcher of this.watchers) watcher();
  };
  /** Why the server refused a document, if it did. */
  refusal: string | null = null;

  constructor(
    readonly coderId: string,
    url: string,
    private readonly token: string,
  ) {
    this.socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  }

  /** The document, opened (and synced through the socket) on first use. */
  open(name: string): Y.Doc {
    const open = this.docs.get(name);
    if (open) return open;
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.token,
      awareness: null,
      onAuthenticationFailed: ({ reason }) => {
        this.refusal = `${name}: ${reason}`;
        this.notify();
      },
    });
    provider.on('synced', this.notify);
    provider.on('unsyncedChanges', this.notify);
    doc.on('update', this.notify);
    provider.attach();
    this.docs.set(name, doc);
    this.providers.set(name, provider);
    return doc;
  }

  /** One change of one document, sent as one update. */
  write(name: string, change: (doc: Y.Doc) => void): void {
    const doc = this.open(name);
    doc.transact(() => change(doc));
  }

  /** How many records the table holds across the named documents. */
  count(names: readonly string[], table: string): number {
    let n = 0;
    for (const name of names) n += this.open(name).getMap(table).size;
    return n;
  }

  /** Every open document synced, every update sent acknowledged. */
  settled(): boolean {
    for (const provider of this.providers.values())
      if (!provider.isSynced || provider.unsyncedChanges > 0) return false;
    return true;
  }

  unsynced(): number {
    let n = 0;
    for (const provider of this.providers.values()) n += provider.unsyncedChanges;
    return n;
  }

  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  destroy(): void {
    this.watchers.clear();
    for (const provider of this.providers.values()) provider.destroy();
    this.socket.destroy();
    for (const doc of this.docs.values()) doc.destroy();
  }
}

/**
 * Resolves at the first change of any of the coders' documents or
 * providers after which `condition` holds (checked at once, and after each
 * change once the code that made it has run); fails on
 * a refusal, or after `ms` with what `describe` says.
 */
export function untilAll(
  coders: readonly SyncCoder[],
  condition: () => boolean,
  describe: () => string,
  ms = 120_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stops: (() => void)[] = [];
    const done = () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
    const check = () => {
      const refused = coders.find((c) => c.refusal !== null);
      if (refused) {
        done();
        reject(new Error(`The server refused ${refused.refusal}`));
      } else if (condition()) {
        done();
        resolve();
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`Timed out after ${ms} ms: ${describe()}`));
    }, ms);
    // Once per burst of events: a message applied fires several at once.
    let queued = false;
    const soon = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        check();
      });
    };
    for (const coder of coders) stops.push(coder.watch(soon));
    check();
  });
}
