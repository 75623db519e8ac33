import type {
  Extension,
  beforeHandleMessagePayload,
  connectedPayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseDocName } from '../../src/core/team/documentNames';
import { errorMessage } from '../../src/core/errorMessage';
import type { ServerLog } from '../observe/serverLog';
import type { ServerMetrics } from '../observe/ServerMetrics';
import type { DocumentStore } from '../store/DocumentStore';
import { updateInMessage } from './updateInMessage';

/** Transaction origin of updates read back from the store. */
const FROM_STORE = 'quotemark-store';

/**
 * "Synced" means stored. Hocuspocus awaits `beforeHandleMessage` before it
 * applies a message and acknowledges it (Connection.handleMessage, 3.4.4):
 * so each update a client sends is appended to the store there, and only
 * then applied, broadcast and acknowledged. If the store fails, the hook
 * throws, Hocuspocus closes the connection, nothing is acknowledged, and
 * the client resends on reconnecting. A document loads from its snapshot
 * plus its log; `onStoreDocument` (debounced by Hocuspocus, and run when a
 * document unloads or the server stops) compacts the log into the snapshot.
 */
export function storeExtension(store: DocumentStore, metrics: ServerMetrics, log: ServerLog): Extension {
  // The store sequence number each loaded document has read up to.
  const readUpTo = new Map<string, number>();
  // Each connection's last message still being stored. Hocuspocus handles a
  // connection's messages concurrently; waiting for the one before keeps
  // the acknowledgements in the order the client sent its messages (the
  // appends themselves still run together, in one batch).
  const previous = new WeakMap<object, Promise<unknown>>();

  const storeCarriedUpdate = async ({
    connection,
    document,
    documentName,
    update: message,
  }: beforeHandleMessagePayload) => {
    const carried = updateInMessage(message);
    if (!carried) return;
    if (connection.readOnly) {
      metrics.updatesRefused += 1;
      return;
    }
    // A reconnecting client answers the server's state vector with what it
    // lacks, plus every deletion: nothing new to store when all is known.
    if (carried.step === 'sync-step-2' && Y.snapshotContainsUpdate(Y.snapshot(document), carried.update)) return;
    try {
      advance(documentName, await store.append(documentName, carried.update));
    } catch (error) {
      metrics.storeErrors += 1;
      log('store.error', { document: documentName, error: errorMessage(error) });
      throw error;
    }
  };

  const advance = (name: string, seq: number) => readUpTo.set(name, Math.max(readUpTo.get(name) ?? -1, seq));

  return {
    extensionName: 'QuotemarkStore',

    async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const started = performance.now();
      const stored = await store.load(documentName);
      for (const update of stored.updates) Y.applyUpdate(document, update, FROM_STORE);
      readUpTo.set(documentName, stored.lastSeq);
      log('document.load', {
        document: documentName,
        updates: stored.updates.length,
        ms: Math.round(performance.now() - started),
      });
    },

    async beforeHandleMessage(payload: beforeHandleMessagePayload) {
      const before = previous.get(payload.connection);
      const handled = storeCarriedUpdate(payload);
      const inOrder = Promise.all([before, handled]);
      previous.set(
        payload.connection,
        inOrder.catch(() => undefined),
      );
      await inOrder;
    },

    // The CLI may append to a codebook while no server (or another one) has
    // it loaded: a connecting client brings the loaded copy up to date.
    async connected({ documentName, instance }: connectedPayload) {
      if (parseDocName(documentName)?.kind !== 'codebook') return;
      const document = instance.documents.get(documentName);
      if (!document) return;
      const newer = await store.since(documentName, readUpTo.get(documentName) ?? -1);
      for (const update of newer.updates) Y.applyUpdate(document, update, FROM_STORE);
      advance(documentName, newer.lastSeq);
    },

    async onStoreDocument({ documentName }: onStoreDocumentPayload) {
      const started = performance.now();
      const folded = await store.compact(documentName);
      if (folded === 0) return;
      metrics.compactions += 1;
      log('document.compact', { document: documentName, updates: folded, ms: Math.round(performance.now() - started) });
    },

    async afterUnloadDocument({ documentName }) {
      readUpTo.delete(documentName);
    },
  };
}
