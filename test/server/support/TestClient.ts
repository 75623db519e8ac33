import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { StatementSchema } from '../../../src/core/model/statement';
import { SpeakerSchema } from '../../../src/core/model/speaker';
import { writeRecord } from '../../../src/core/team/recordMap';
import { codebookTable, layerTable } from '../../../src/core/team/teamDocs';
import { resyncWhenStuck } from '../../../src/storage/team/resyncWhenStuck';
import { speaker, statement } from '../../unit/review/fixtures';

/**
 * ws, with a listener for 'error' always attached: the provider (3.4.4)
 * removes its listeners before closing a socket that may still be
 * connecting, and ws then emits an 'error' nobody hears, which Node throws.
 * (Browsers' WebSocket does not throw there.)
 */
class NodeWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    this.on('error', () => undefined);
  }
}

/**
 * A coder's client as the app will be: Y.Docs kept in memory (its local
 * copy, surviving every server restart), one socket carrying all its
 * documents, reconnecting quickly so tests do not wait on back-off.
 */
export class TestClient {
  readonly socket: HocuspocusProviderWebsocket;
  readonly docs = new Map<string, Y.Doc>();
  readonly providers = new Map<string, HocuspocusProvider>();
  readonly refusals = new Map<string, string>();
  private refusalWaiters = new Map<string, (reason: string) => void>();
  private written = 0;

  constructor(
    readonly name: string,
    url: string,
    readonly token: string,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: NodeWebSocket,
      delay: 30,
      factor: 1.5,
      minDelay: 30,
      maxDelay: 250,
      jitter: false,
    });
  }

  doc(name: string): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(name, doc);
    }
    return doc;
  }

  open(name: string): HocuspocusProvider {
    const existing = this.providers.get(name);
    if (existing) return existing;
    const doc = this.doc(name);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.token,
      onAuthenticationFailed: ({ reason }) => {
        this.refusals.set(name, reason);
        this.refusalWaiters.get(name)?.(reason);
      },
    });
    // As the app does (ProjectConnection): a count of unacknowledged changes stuck by a crash is settled by a full sync.
    resyncWhenStuck(provider);
    provider.attach();
    this.providers.set(name, provider);
    return provider;
  }

  /** Resolves once the document has synced and every change sent is acknowledged (stored). */
  settled(name: string, ms = 20_000): Promise<void> {
    const provider = this.open(name);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(
          new Error(
            `${this.name}: ${name} not settled (synced ${provider.isSynced}, unsynced ${provider.unsyncedChanges}, authenticated ${provider.isAuthenticated}, socket ${this.socket.status}, refused ${this.refusals.get(name) ?? 'no'})`,
          ),
        );
      }, ms);
      const stop = () => {
        clearTimeout(timer);
        provider.off('unsyncedChanges', check);
        provider.off('synced', check);
      };
      const check = () => {
        if (provider.isSynced && provider.unsyncedChanges === 0) {
          stop();
          resolve();
        }
      };
      provider.on('unsyncedChanges', check);
      provider.on('synced', check);
      check();
    });
  }

  /** Opens the document if need be; resolves once it holds every one of `ids` (`table/id`). */
  sees(docName: string, ids: string[], ms?: number): Promise<void> {
    this.open(docName);
    const doc = this.doc(docName);
    const holds = () => {
      const held = new Set(allIds(doc));
      return ids.every((id) => held.has(id));
    };
    return until(
      [doc],
      holds,
      () => `${this.name} has ${allIds(doc).join(', ')} of ${docName}, not all of ${ids.join(', ')}`,
      ms,
    );
  }

  /** Resolves with the reason the server gave for refusing the document. */
  refused(name: string, ms = 20_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const known = this.refusals.get(name);
      if (known !== undefined) return resolve(known);
      const timer = setTimeout(
        () => reject(new Error(`${this.name}: ${name} was not refused (it holds ${this.ids(name).join(', ')})`)),
        ms,
      );
      this.refusalWaiters.set(name, (reason) => {
        clearTimeout(timer);
        resolve(reason);
      });
      this.open(name);
    });
  }

  writeStatement(docName: string, id: string, articleId = 'a1'): void {
    const doc = this.doc(docName);
    this.written += 1;
    doc.transact(() =>
      writeRecord(
        layerTable(doc),
        StatementSchema,
        statement(id, articleId, null, { claim: `${this.name} ${this.written}` }),
        { by: this.name, now: Date.now() },
      ),
    );
  }

  writeSpeaker(docName: string, id: string, name = id, fields = {}): void {
    const doc = this.doc(docName);
    doc.transact(() =>
      writeRecord(codebookTable(doc, 'speakers'), SpeakerSchema, speaker(id, name, fields), {
        by: this.name,
        now: Date.now(),
      }),
    );
  }

  ids(docName: string): string[] {
    return allIds(this.doc(docName));
  }

  destroy(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.socket.destroy();
  }
}

/** Every record id of a document, across its tables, as `table/id`. */
export function allIds(doc: Y.Doc): string[] {
  const ids: string[] = [];
  // Every table of the contract is a map; one another replica made arrives
  // untyped until asked for as a map.
  for (const table of [...doc.share.keys()]) {
    for (const id of doc.getMap(table).keys()) ids.push(`${table}/${id}`);
  }
  return ids.sort();
}

/**
 * Resolves when `condition` holds, checked after every update of the given
 * documents; fails after `ms` with what `describe` says.
 */
export function until(docs: Y.Doc[], condition: () => boolean, describe: () => string, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!condition()) return;
      done();
      resolve();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`Timed out: ${describe()}`));
    }, ms);
    const done = () => {
      clearTimeout(timer);
      for (const doc of docs) doc.off('update', check);
    };
    for (const doc of docs) doc.on('update', check);
    check();
  });
}
