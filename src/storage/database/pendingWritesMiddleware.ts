import type { DBCore, Middleware } from 'dexie';
import { holdPendingWrite } from './pendingWrites';

/**
 * Counts every read-write transaction in pendingWrites from the moment
 * IndexedDB opens it until it fires `complete` or `abort` (one of the two
 * always ends it; an `error` event may be handled and the transaction go
 * on). It sits in Dexie's DBCore stack, under every write path: statement
 * saves, deletes, imports, undo, text edits and whatever comes next.
 */
export const pendingWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PendingWrites',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const transaction = down.transaction(stores, mode, options);
      // Below Dexie's own middlewares this is the IDBTransaction itself
      // (fake-indexeddb's in tests, which is no EventTarget of Node's).
      if (mode === 'readwrite' && endsWithEvents(transaction)) {
        const release = holdPendingWrite();
        transaction.addEventListener('complete', release);
        transaction.addEventListener('abort', release);
      }
      return transaction;
    },
  }),
};

/** The part of an IDBTransaction that says when it is over. */
interface EndingTransaction {
  addEventListener(type: 'complete' | 'abort', listener: () => void): void;
}

function endsWithEvents(transaction: object): transaction is EndingTransaction {
  return typeof (transaction as Partial<EndingTransaction>).addEventListener === 'function';
}
